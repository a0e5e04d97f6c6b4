import { routes } from '@credit-kit/contract';
import { acceptedContentType, FILE_COLUMNS, storedFileName, toEvidenceFile, type FileRow } from '../domain/files.js';
import { write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';
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

  endpoint(routes.getFile, async ({ deps, principal, params }) => {
    const row = (await deps.db.query<FileRow>(`select ${FILE_COLUMNS} from files where id = $1`, [params.id])).rows[0];
    if (!row || (principal.kind === 'session' && row.owner !== ownerOf(principal))) throw notFound('File');
    return toEvidenceFile(row);
  }),
];
