export interface UploadProgress {
  loaded: number;
  total: number;
}

/** fetch cannot report upload progress in browsers (without HTTP/2 request streams); XMLHttpRequest can. */
export const canReportUploadProgress = () => typeof XMLHttpRequest === 'function';

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

/**
 * A fetch made of XMLHttpRequest that reports upload progress. Used as the transport's fetch for one upload,
 * so retries, timeouts, abort and error mapping stay the same as for every other call.
 */
export function xhrFetch(onProgress: (progress: UploadProgress) => void): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = await request.blob();
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const { signal } = request;
      const onAbort = () => {
        xhr.abort();
        // As fetch does: the promise rejects with whatever the signal was aborted with.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        reject(signal.reason);
      };
      xhr.open(request.method, request.url);
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.responseType = 'blob';
      xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : body.size });
      xhr.onload = () => {
        signal.removeEventListener('abort', onAbort);
        const headers = parseHeaders(xhr.getAllResponseHeaders());
        resolve(new Response(xhr.response as Blob, { status: xhr.status, statusText: xhr.statusText, headers }));
      };
      // Worded like Chromium's fetch so the failure is treated (and retried) as a network error.
      xhr.onerror = () => reject(new TypeError('Failed to fetch'));
      if (signal.aborted) {
        onAbort();
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
      xhr.send(body);
    });
  };
}
