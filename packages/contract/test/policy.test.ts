import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Policy,
  addMonths,
  addWorkingDays,
  defaultPolicy,
  definePolicy,
  isWorkingDay,
  scoreSubject,
} from '../src/index.js';

test('the default policy is valid against its own schema', () => {
  assert.equal(Policy.safeParse(defaultPolicy).success, true);
});

test('publicity periods follow the three classes in force since 2026-04-01', () => {
  assert.deepEqual(defaultPolicy.publicity.minor, { minMonths: 0, maxMonths: 3, defaultMonths: 3 });
  assert.equal(defaultPolicy.publicity.ordinary.maxMonths, 12);
  assert.equal(defaultPolicy.publicity.serious.maxMonths, 36);
});

test('a deployment overrides periods without losing the rest', () => {
  const local = definePolicy({
    publicity: { serious: { minMonths: 6, maxMonths: 24, defaultMonths: 24 } },
    deadlines: { objectionWorkingDays: 5 },
  });
  assert.equal(local.publicity.serious.maxMonths, 24);
  assert.equal(local.publicity.ordinary.maxMonths, 12);
  assert.equal(local.deadlines.objectionWorkingDays, 5);
  assert.equal(local.deadlines.publicationWorkingDays, 7);
  assert.equal(defaultPolicy.publicity.serious.maxMonths, 36, 'the defaults are not mutated');
});

test('working days skip weekends and statutory holidays and count worked weekends', () => {
  assert.equal(isWorkingDay('2026-11-21'), false); // Saturday
  assert.equal(isWorkingDay('2026-10-01'), false); // National Day
  assert.equal(isWorkingDay('2026-10-10'), true); // worked Saturday
  assert.equal(addWorkingDays('2026-11-20', 10), '2026-12-04'); // Friday + 10 working days
  assert.equal(addWorkingDays('2026-09-30', 3), '2026-10-10'); // across National Day, onto a worked Saturday
});

test('months are added calendar-wise and clamped to the month end', () => {
  assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
  assert.equal(addMonths('2026-11-22', 36), '2029-11-22');
});

const clean = { lists: [], records: [], commitmentsKept: 0, commitmentsBreached: 0, declarationsVerified: 0 } as const;

test('every grade comes with the factors that sum to its score', () => {
  const r = scoreSubject({ ...clean, lists: ['red'], commitmentsKept: 3, declarationsVerified: 1 });
  assert.equal(
    r.score,
    r.factors.reduce((s, f) => s + f.points, 0),
  );
  assert.equal(r.grade, 'A');
  assert.ok(r.factors.some((f) => f.code === 'list-red'));
});

test('a blacklisted subject is graded D whatever else it has', () => {
  const r = scoreSubject({ ...clean, lists: ['black', 'red'], commitmentsKept: 50, declarationsVerified: 50 });
  assert.equal(r.grade, 'D');
});

test('a record under objection does not count against the subject while it is verified', () => {
  const counted = scoreSubject({ ...clean, records: [{ class: 'serious', underObjection: false }] });
  const suspended = scoreSubject({ ...clean, records: [{ class: 'serious', underObjection: true }] });
  assert.ok(suspended.score > counted.score);
  assert.ok(suspended.factors.some((f) => f.code === 'record-under-objection' && f.points === 0));
});

test('positive factors are capped so they cannot buy a grade', () => {
  const r = scoreSubject({
    ...clean,
    records: [
      { class: 'serious', underObjection: false },
      { class: 'serious', underObjection: false },
    ],
    commitmentsKept: 1000,
    declarationsVerified: 1000,
  });
  assert.equal(
    r.factors.find((f) => f.code === 'commitment-kept')?.points,
    defaultPolicy.scoring.points.maxCommitmentBonus,
  );
  assert.notEqual(r.grade, 'A');
});

test('the factors always sum to the score: clamps and the blacklist ceiling are factors of their own', () => {
  const red = scoreSubject({ ...clean, lists: ['red'], commitmentsKept: 50, declarationsVerified: 50 });
  assert.equal(red.score, 100);
  assert.equal(
    red.factors.reduce((s, f) => s + f.points, 0),
    100,
  );
  assert.ok(red.factors.some((f) => f.code === 'score-ceiling' && f.points < 0));
  const black = scoreSubject({
    ...clean,
    lists: ['black'],
    records: [
      { class: 'serious', underObjection: false },
      { class: 'ordinary', underObjection: false },
      { class: 'minor', underObjection: false },
    ],
    commitmentsBreached: 1,
  });
  assert.equal(black.score, 0);
  assert.equal(
    black.factors.reduce((s, f) => s + f.points, 0),
    0,
  );
  assert.ok(black.factors.some((f) => f.code === 'score-floor' && f.points > 0));
  // A blacklisted subject with a high score is held below grade C by a ceiling factor.
  const capped = scoreSubject({ ...clean, lists: ['black', 'red'], commitmentsKept: 50, declarationsVerified: 50 });
  const ceiling = capped.factors.find((f) => f.code === 'black-list-ceiling');
  assert.ok(ceiling && ceiling.points < 0);
  assert.equal(capped.score, defaultPolicy.scoring.thresholds.C - 1);
  assert.equal(capped.grade, 'D');
  assert.equal(
    capped.factors.reduce((s, f) => s + f.points, 0),
    capped.score,
  );
  // Every combination sums to its score.
  for (const lists of [[], ['red'], ['black'], ['key-attention'], ['black', 'red']] as const)
    for (let n = 0; n < 6; n++) {
      const r = scoreSubject({
        lists,
        records: Array.from({ length: n }, (_, i) => ({ class: i % 2 ? 'serious' : 'minor', underObjection: i === 3 })),
        commitmentsKept: n * 3,
        commitmentsBreached: n % 2,
        declarationsVerified: n,
      });
      assert.equal(
        r.factors.reduce((s, f) => s + f.points, 0),
        r.score,
        JSON.stringify([lists, n]),
      );
    }
});

test('a breached commitment counts once, through the record its breach files', () => {
  const r = scoreSubject({ ...clean, records: [{ class: 'ordinary', underObjection: false }], commitmentsBreached: 1 });
  const breach = r.factors.find((f) => f.code === 'commitment-breached');
  assert.deepEqual([breach?.count, breach?.points], [1, 0]);
  assert.match(breach!.label['zh-CN'], /不重复扣分/);
  assert.equal(r.score, defaultPolicy.scoring.base + defaultPolicy.scoring.points.record.ordinary);
});

test('a list whose basis record is under objection does not count and does not cap the grade', () => {
  const r = scoreSubject({ ...clean, suspendedLists: ['black'] });
  assert.ok(r.factors.some((f) => f.code === 'list-suspended' && f.points === 0));
  assert.equal(r.grade, 'B');
});
