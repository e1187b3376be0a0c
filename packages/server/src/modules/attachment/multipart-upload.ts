import busboy from 'busboy';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../common/error-codes';
import { fieldError, Reason } from '../../common/errors';

/** An upload's form: its text fields and its one file, read whole (the checks need every byte). */
export interface MultipartUpload {
  fields: Record<string, string>;
  file: { name: string | undefined; bytes: Buffer } | null;
}

/** The form's fields besides the file: few and short. */
const FIELD_LIMITS = { fields: 10, fieldSize: 4_000, parts: 12, files: 1 };
/** What the form around the file may add to the body's length. */
const FORM_OVERHEAD = 64 * 1024;

export function tooLarge(maxBytes: number): GraphQLError {
  return new GraphQLError(`The file is larger than ${maxBytes} bytes`, {
    extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE, maxBytes },
  });
}

/**
 * Reads a multipart/form-data body with busboy, stopping at `maxBytes` of file (413, nothing kept)
 * and refusing a second file. A body announced larger than that is refused before it is read.
 */
export function readMultipart(req: Request, maxBytes: number): Promise<MultipartUpload> {
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > maxBytes + FORM_OVERHEAD) {
    return Promise.reject(tooLarge(maxBytes));
  }
  let parser: busboy.Busboy;
  try {
    // Browsers send names in UTF-8 (busboy's default is Latin-1).
    parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: { ...FIELD_LIMITS, fileSize: maxBytes },
    });
  } catch {
    return Promise.reject(fieldError('file', 'Send the file as multipart/form-data', Reason.invalid));
  }
  return new Promise<MultipartUpload>((resolve, reject) => {
    const fields: Record<string, string> = {};
    let file: MultipartUpload['file'] = null;
    let failure: Error | null = null;
    const fail = (error: Error) => {
      failure ??= error;
      req.unpipe(parser);
      // The rest of the body is read and dropped, so the answer reaches the client.
      req.resume();
      reject(failure);
    };
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) {
        stream.resume();
        fail(fieldError(name, 'Send exactly one file, in the field "file"', Reason.invalid));
        return;
      }
      const chunks: Buffer[] = [];
      const current: NonNullable<MultipartUpload['file']> = { name: info.filename, bytes: Buffer.alloc(0) };
      file = current;
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(tooLarge(maxBytes)));
      stream.on('end', () => {
        current.bytes = Buffer.concat(chunks);
      });
    });
    parser.on('filesLimit', () => fail(fieldError('file', 'Send exactly one file', Reason.invalid)));
    parser.on('error', () => fail(fieldError('file', 'The form could not be read', Reason.invalid)));
    parser.on('close', () => {
      if (!failure) resolve({ fields, file });
    });
    req.on('error', (error) => fail(error));
    req.pipe(parser);
  });
}
