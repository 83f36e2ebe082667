import { CSRF_HEADER, currentCsrfToken } from './client';
import { ApiError, NetworkError, parseProblem } from './problem';

/**
 * Sends a file as the whole request body with XMLHttpRequest, the one browser API that reports upload progress;
 * the server streams it (a CSV import may be a million lines). Resolves with the parsed JSON answer; a non-2xx
 * answer rejects with an ApiError carrying its problem, as the typed client does.
 */
export function uploadFile<T>(path: string, file: Blob, contentType: string, onProgress: (sent: number, total: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.setRequestHeader('Accept', 'application/json');
    const token = currentCsrfToken();
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new NetworkError(new Error('The upload was interrupted.')));
    xhr.onload = () => {
      let body: unknown = undefined;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = xhr.responseText;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
      } else {
        reject(new ApiError(parseProblem(xhr.status, body, xhr.statusText), new Headers()));
      }
    };
    xhr.send(file);
  });
}
