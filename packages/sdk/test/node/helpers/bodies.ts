// Request bodies the integration tests send, built from what the server publishes.
import type { CommitmentTemplate, CreateCommitmentRequest, SessionSubject } from '@credit-kit/contract';

export function commitmentBody(template: CommitmentTemplate, subject: SessionSubject): CreateCommitmentRequest {
  return {
    templateId: template.id,
    committer: { kind: subject.committerKind, code: subject.code, name: subject.name, contactPhone: '13800138000' },
    signerName: '王敏',
    agreedTextHash: template.textHash,
    confirmations: { read: true, truthful: true },
  };
}

/** The smallest file the server accepts as a PDF (it checks the magic bytes). */
export const pdf = (text = 'evidence') => new Blob([`%PDF-1.4\n% ${text}\n%%EOF\n`], { type: 'application/pdf' });

export const honourDeclaration = (evidence: string[] = []) => ({
  category: 'honour' as const,
  details: {
    title: '守合同重信用企业',
    awardedBy: '市场监督管理局',
    awardedAt: '2025-06-01',
    level: 'provincial' as const,
  },
  evidence,
  promiseTrue: true as const,
  authoriseSharing: true as const,
});
