import * as z from 'zod/mini';
import { Id, Timestamp } from './common.js';

/** An uploaded evidence file; its sha256 is recorded so the evidence can be proven unaltered. */
export const EvidenceFile = z.object({
  id: Id,
  name: z.string(),
  contentType: z.string(),
  size: z.number().check(z.int()),
  sha256: z.string(),
  uploadedAt: Timestamp,
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

export const FileIds = z.array(Id).check(z.maxLength(20));
