import { routes } from '@credit-kit/contract';
import type { Principal } from '../context.js';
import type { Queryable } from '../db/db.js';
import {
  acceptedContentType,
  attachmentDisposition,
  FILE_COLUMNS,
  decidesSubmissionWith,
  storedFileName,
  toEvidenceFile,
  type FileRow,
} from '../domain/files.js';
import { write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';
import { respond } from '../http/headers.js';
import { ApiError, notFound } from '../http/problem.js';
import { newId, sha256Hex } from '../ids.js';
import { ownerOf } from './access.js';
import { onlyRow } from '../db/db.js';

export const fileEndpoints = [
  endpoint(routes.uploadFile, async ({ c, deps, principal, query, body }) => {
    if (body.byteLength === 0)
      throw new ApiError(
        'validation_failed',
        { 'zh-CN': '文件为空', en: 'The file is empty' },
        {
          errors: [{ path: 'body', code: 'empty', message: { 'zh-CN': '文件为空', en: 'Empty file' } }],
        },
      );
    const contentType = acceptedContentType(deps.policy, c.req.header('content-type'), body);
    const name = storedFileName(query.name, contentType);
    const row = await write(deps, principal, async (tx) => {
      const { rows } = await tx.query<FileRow>(
        `insert into files (id, owner, name, content_type, size, sha256, content, uploaded_at) values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${FILE_COLUMNS}`,
        [
          newId('file'),
          ownerOf(principal),
          name,
          contentType,
          body.byteLength,
          sha256Hex(body),
          body,
          deps.clock.now().toISOString(),
        ],
      );
      const created = onlyRow(rows);
      return {
        result: created,
        audit: {
          action: 'file.upload',
          entity: 'file',
          entityId: created.id,
          data: { name: created.name, sha256: created.sha256, size: created.size },
        },
      };
    });
    return toEvidenceFile(row);
  }),

  endpoint(routes.getFile, async ({ deps, principal, params }) =>
    toEvidenceFile(await readableFile(deps.db, principal, params.id, FILE_COLUMNS)),
  ),

  endpoint(routes.getFileContent, async ({ c, deps, principal, params }) => {
    const file = await readableFile<FileRow & { content: Uint8Array }>(
      deps.db,
      principal,
      params.id,
      `${FILE_COLUMNS}, content`,
    );
    return respond(c, new Uint8Array(file.content), 200, {
      'content-type': file.content_type,
      'content-disposition': attachmentDisposition(file.name),
      'x-content-type-options': 'nosniff',
      // Opened by mistake in a tab, the bytes still run nothing and load nothing.
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-store',
      etag: `"${file.sha256}"`,
    });
  }),
];

/**
 * A file `principal` may read, with `columns`: the subject or key that uploaded it, or a department key
 * that decides a submission it is evidence of. 404 for anyone else, as for a file that does not exist.
 */
async function readableFile<Row extends FileRow = FileRow>(
  q: Queryable,
  principal: Principal,
  id: string,
  columns: string,
): Promise<Row> {
  const row = (await q.query<Row>(`select ${columns} from files where id = $1`, [id])).rows[0];
  if (!row || (row.owner !== ownerOf(principal) && !(await decidesSubmissionWith(q, principal, row.id))))
    throw notFound('File');
  return row;
}
