import type { AppliedMeasure, ListMembership, Policy, SubjectKind } from '@credit-kit/contract';
import type { RecordRow } from './records.js';

/**
 * The measures a check reports: those the subject's lists and published records trigger, for its scope
 * (organisation or natural person). A measure from a record under objection is not enforceable; one
 * that also comes from an enforceable source is.
 */
export function measuresFor(
  policy: Policy,
  kind: SubjectKind,
  lists: readonly ListMembership[],
  records: readonly Pick<RecordRow, 'id' | 'measures' | 'under_objection'>[],
): AppliedMeasure[] {
  const scope = kind === 'natural-person' ? 'natural-person' : 'organisation';
  const sources: { ids: readonly string[]; source: string; enforceable: boolean }[] = [
    ...lists.map((l) => ({ ids: policy.measuresFor.lists[l.list], source: `list:${l.list}`, enforceable: true })),
    ...records.map((r) => ({ ids: r.measures, source: `record:${r.id}`, enforceable: !r.under_objection })),
  ];
  const out = new Map<string, AppliedMeasure>();
  for (const { ids, source, enforceable } of sources) {
    for (const id of ids) {
      const measure = policy.measures.find((m) => m.id === id);
      if (!measure || (measure.scope !== 'all' && measure.scope !== scope)) continue;
      const seen = out.get(id);
      if (!seen || (!seen.enforceable && enforceable))
        out.set(id, { id, label: measure.label, kind: measure.kind, source, enforceable });
    }
  }
  return [...out.values()];
}
