import type { EvidenceFile, Policy } from '@credit-kit/contract';
import type { Queryable } from '../db/db.js';
import { ApiError } from '../http/problem.js';

export interface FileRow {
  id: string;
  owner: string;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  uploaded_at: string;
}

export const FILE_COLUMNS = 'id, owner, name, content_type, size, sha256, uploaded_at';

export const toEvidenceFile = (r: FileRow): EvidenceFile => ({
  id: r.id,
  name: r.name,
  contentType: r.content_type,
  size: r.size,
  sha256: r.sha256,
  uploadedAt: r.uploaded_at,
});

// Leading bytes of each allowed type, so a renamed executable is not stored as a PDF.
const MAGIC: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** The media type of an upload when the policy allows it and the bytes look like it; 415 otherwise. */
export function acceptedContentType(policy: Policy, header: string | undefined, bytes: Uint8Array): string {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  if (!policy.files.contentTypes.includes(type)) {
    throw new ApiError('unsupported_media_type', {
      'zh-CN': `证明材料只能是以下类型:${policy.files.contentTypes.join('、')}`,
      en: `Evidence files must be one of ${policy.files.contentTypes.join(', ')}`,
    });
  }
  const magic = MAGIC[type];
  if (magic && !magic.every((b, i) => bytes[i] === b))
    throw new ApiError('unsupported_media_type', {
      'zh-CN': `文件内容不是 ${type}`,
      en: `The file's content is not ${type}`,
    });
  return type;
}

/** The evidence files a submission names, all of which must exist and belong to the submitter. */
export async function loadEvidence(
  q: Queryable,
  ids: readonly string[],
  owner: string,
  path = 'evidence',
): Promise<EvidenceFile[]> {
  if (ids.length === 0) return [];
  const { rows } = await q.query<FileRow>(`select ${FILE_COLUMNS} from files where id = any($1::text[])`, [ids]);
  const byId = new Map(rows.filter((r) => r.owner === owner).map((r) => [r.id, r]));
  const errors = ids.flatMap((id, i) =>
    byId.has(id)
      ? []
      : [
          {
            path: `${path}.${i}`,
            code: 'unknown-file',
            message: { 'zh-CN': `文件 ${id} 不是本主体上传的`, en: `File ${id} was not uploaded by this subject` },
          },
        ],
  );
  if (errors.length)
    throw new ApiError(
      'validation_failed',
      { 'zh-CN': '部分证明材料无法识别', en: 'Some evidence files are unknown' },
      { errors },
    );
  return ids.map((id) => toEvidenceFile(byId.get(id)!));
}

/** Evidence stored by id on a submission, resolved for display. */
export async function evidenceByIds(q: Queryable, ids: readonly string[]): Promise<Map<string, EvidenceFile>> {
  if (ids.length === 0) return new Map();
  const { rows } = await q.query<FileRow>(`select ${FILE_COLUMNS} from files where id = any($1::text[])`, [ids]);
  return new Map(rows.map((r) => [r.id, toEvidenceFile(r)]));
}
