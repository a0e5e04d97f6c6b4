import type { EvidenceFile, Policy } from '@credit-kit/contract';
import type { Principal } from '../context.js';
import type { Queryable } from '../db/db.js';
import { authoritiesOf } from './authority.js';
import { ApiError, assertNoFieldErrors, type Text } from '../http/problem.js';

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

// Leading bytes of each type the API can recognise, and the name extensions a file of that type may have.
const TYPES: { type: string; magic: number[]; extensions: string[] }[] = [
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d], extensions: ['pdf'] },
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extensions: ['png'] },
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff], extensions: ['jpg', 'jpeg'] },
];

/** The media type the bytes are, by their leading bytes; undefined for anything else. */
export function detectType(bytes: Uint8Array): string | undefined {
  return TYPES.find((t) => t.magic.every((b, i) => bytes[i] === b))?.type;
}

/**
 * Markup that a browser sniffing the bytes would run or render (a polyglot: a PDF or image header with an
 * HTML document behind it). No evidence file needs any of it in plain text; the tokens are long enough that
 * compressed or image data matches one by chance about once in thousands of 10 MB files.
 */
const MARKUP = /<(script|html|body|iframe|object|embed|svg[\s>])|javascript:/i;

const refuse = (code: string, message: Text) =>
  new ApiError('unsupported_media_type', message, { errors: [{ path: 'body', code, message }] });

/**
 * The media type of an upload: the declared type must be allowed by the policy and be what the bytes are
 * (a renamed executable is not stored as a PDF), and the bytes must hold no HTML. 415 otherwise.
 */
export function acceptedContentType(policy: Policy, header: string | undefined, bytes: Uint8Array): string {
  const [mediaType = ''] = (header ?? '').split(';');
  const type = mediaType.trim().toLowerCase();
  if (!policy.files.contentTypes.includes(type)) {
    throw refuse('type-not-allowed', {
      'zh-CN': `证明材料只能是以下类型:${policy.files.contentTypes.join('、')}`,
      en: `Evidence files must be one of ${policy.files.contentTypes.join(', ')}`,
    });
  }
  const detected = detectType(bytes);
  if (detected !== type)
    throw refuse('content-mismatch', { 'zh-CN': `文件内容不是 ${type}`, en: `The file's content is not ${type}` });
  if (MARKUP.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')))
    throw refuse('markup', {
      'zh-CN': '文件中含有网页代码或脚本,不予接收',
      en: 'The file contains HTML or script and is refused',
    });
  return type;
}

/**
 * The name a file is stored under: Unicode NFC, without control and format characters, path separators,
 * characters Windows forbids or leading dots and spaces; its extension must be one of the detected type's
 * (`photo.pdf.exe` is refused), and a name without one gets the type's.
 */
export function storedFileName(name: string, type: string): string {
  const extensions = TYPES.find((t) => t.type === type)?.extensions ?? [];
  const clean = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 ? clean.slice(dot + 1).toLowerCase() : '';
  const base = dot > 0 ? clean.slice(0, dot) : clean;
  const fail = (code: string, message: Text) =>
    new ApiError('validation_failed', message, { errors: [{ path: 'name', code, message }] });
  if (!base)
    throw fail('empty', {
      'zh-CN': '去掉不安全的字符后文件名为空',
      en: 'The file name is empty once unsafe characters are removed',
    });
  if (extension && /^[a-z0-9]{1,8}$/.test(extension) && !/^\d+$/.test(extension)) {
    if (!extensions.includes(extension))
      throw fail('extension-mismatch', `A ${type} file must be named .${extensions.join(' or .')}, not .${extension}`);
    return `${base.slice(0, 190)}.${extension}`;
  }
  return `${clean.slice(0, 190)}.${extensions[0] ?? 'bin'}`;
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
  assertNoFieldErrors(errors, { 'zh-CN': '部分证明材料无法识别', en: 'Some evidence files are unknown' });
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toEvidenceFile(row)] : [];
  });
}

/**
 * The authorities that decide a submission the file is evidence of (谁认定、谁修复): a repair's or an
 * objection's record's authority; null for a self-declaration, which any department reviews.
 */
async function decidersOf(q: Queryable, id: string): Promise<(string | null)[]> {
  const { rows } = await q.query<{ authority: string | null }>(DECIDERS_SQL, [id]);
  return rows.map((r) => r.authority);
}

/** The submissions naming file $1 as evidence, by containment (GIN indexes of migration 007). */
export const DECIDERS_SQL = `select r.authority from repairs p join records r on r.id = p.record_id
    where p.materials @> jsonb_build_array(jsonb_build_object('files', jsonb_build_array($1::text)))
  union all
  select r.authority from objections o join records r on r.id = o.record_id
    where o.evidence @> jsonb_build_array($1::text)
  union all
  select null from declarations d where d.evidence @> jsonb_build_array($1::text)`;

/** Whether `p` is a department key that decides a submission the file is evidence of. */
export async function decidesSubmissionWith(q: Queryable, p: Principal, fileId: string): Promise<boolean> {
  if (p.kind !== 'secret') return false;
  const mine = authoritiesOf(p);
  return (await decidersOf(q, fileId)).some((a) => a === null || mine.includes(a));
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `Content-Disposition` of a download (RFC 6266): always `attachment`, so a browser saves the file and
 * never renders it; the exact name in `filename*` (RFC 8187: UTF-8, percent-encoded, nothing left that
 * could end the header or the parameter), and for old clients an ASCII `filename` with every other
 * character, quote, backslash, percent sign and semicolon as `_`.
 */
export function attachmentDisposition(name: string): string {
  const wellFormed = name.replace(LONE_SURROGATE, '\ufffd');
  const ascii = wellFormed.replace(/[^\x20-\x7e]|["\\%;]/g, '_').replace(/_{2,}/g, '_');
  const encoded = encodeURIComponent(wellFormed).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Evidence stored by id on a submission, resolved for display. */
export async function evidenceByIds(q: Queryable, ids: readonly string[]): Promise<Map<string, EvidenceFile>> {
  if (ids.length === 0) return new Map();
  const { rows } = await q.query<FileRow>(`select ${FILE_COLUMNS} from files where id = any($1::text[])`, [ids]);
  return new Map(rows.map((r) => [r.id, toEvidenceFile(r)]));
}
