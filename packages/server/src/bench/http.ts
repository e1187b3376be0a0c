import type { HttpRequest } from './shapes';

export interface HttpAnswer {
  status: number;
  text: string;
  bytes: number;
}

export async function send(base: string, request: HttpRequest): Promise<HttpAnswer> {
  const response = await fetch(base + request.path, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const buffer = Buffer.from(await response.arrayBuffer());
  return { status: response.status, text: buffer.toString('utf8'), bytes: buffer.length };
}

/** The answer's JSON and its body's size, or an error naming the request and what came back. */
export async function sendJsonSized(
  base: string,
  request: HttpRequest,
): Promise<{ json: unknown; bytes: number }> {
  const answer = await send(base, request);
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.text);
  } catch {
    throw new Error(
      `${request.method} ${base}${request.path}: HTTP ${answer.status}, not JSON: ${answer.text.slice(0, 300)}`,
    );
  }
  const errors = (parsed as { errors?: unknown }).errors;
  if (answer.status !== 200 || errors) {
    throw new Error(
      `${request.method} ${base}${request.path}: HTTP ${answer.status} ${JSON.stringify(errors ?? parsed).slice(0, 500)}`,
    );
  }
  return { json: parsed, bytes: answer.bytes };
}

export async function sendJson(base: string, request: HttpRequest): Promise<unknown> {
  return (await sendJsonSized(base, request)).json;
}
