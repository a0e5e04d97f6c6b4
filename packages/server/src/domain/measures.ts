import type { AppliedMeasure, Policy, SubjectKind } from '@credit-kit/contract';
import type { ListingRow } from './lists.js';
import type { RecordRow } from './records.js';

/** Whether a measure of the catalogue applies to a matter of this kind (`*`: to every matter). */
export const appliesTo = (measure: { matters: readonly string[] }, matterKind: string) =>
  measure.matters.includes('*') || measure.matters.includes(matterKind);

/**
 * The measures a check reports for one kind of matter: those the subject's lists and published records
 * trigger, for its scope (organisation or natural person), and that the catalogue maps to the matter.
 * A measure from a record under objection, or from a list resting on one, is not enforceable; one that
 * also comes from an enforceable source is.
 */
export function measuresFor(
  policy: Policy,
  kind: SubjectKind,
  matterKind: string,
  lists: readonly Pick<ListingRow, 'list' | 'measures' | 'suspended'>[],
  records: readonly Pick<RecordRow, 'id' | 'measures' | 'under_objection'>[],
): AppliedMeasure[] {
  const scope = kind === 'natural-person' ? 'natural-person' : 'organisation';
  const sources: { ids: readonly string[]; source: string; enforceable: boolean }[] = [
    ...lists.map((l) => ({
      ids: l.measures ?? policy.measuresFor.lists[l.list],
      source: `list:${l.list}`,
      enforceable: !l.suspended,
    })),
    ...records.map((r) => ({ ids: r.measures, source: `record:${r.id}`, enforceable: !r.under_objection })),
  ];
  const out = new Map<string, AppliedMeasure>();
  for (const { ids, source, enforceable } of sources) {
    for (const id of ids) {
      const measure = policy.measures.find((m) => m.id === id);
      if (!measure || (measure.scope !== 'all' && measure.scope !== scope) || !appliesTo(measure, matterKind)) continue;
      const seen = out.get(id);
      if (!seen || (!seen.enforceable && enforceable))
        out.set(id, { id, label: measure.label, kind: measure.kind, source, enforceable });
    }
  }
  return [...out.values()];
}
