import { ImportFileError } from "./types";

const SAVE_AS_UTF8 = "Save it as “CSV UTF-8” (in Excel: File › Save As › CSV UTF-8) and import it again.";

function notUtf8(detail: string): ImportFileError {
  return new ImportFileError("not_utf8", `${detail} ${SAVE_AS_UTF8}`);
}

/** A UTF-16 byte-order mark: a file that Excel or Notepad saved as "Unicode". */
export function hasUtf16Mark(head: Uint8Array): boolean {
  return head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
}

/**
 * The bytes as UTF-8 text, chunk by chunk. A UTF-8 byte-order mark is dropped; a UTF-16 file, a byte sequence
 * that is not UTF-8 (a file saved as Windows-1252 or Latin-1) or a NUL character (UTF-16 without its mark, or
 * not text at all) refuse the file with a message that says how to save it.
 */
export async function* utf8Text(bytes: AsyncIterable<Uint8Array>, head: Uint8Array): AsyncGenerator<string> {
  if (hasUtf16Mark(head)) throw notUtf8("The file is saved as UTF-16 (“Unicode text”), not UTF-8.");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw notUtf8("The file is not UTF-8 text: it may be saved in another encoding (such as Windows-1252), or not be a CSV file at all.");
    }
  };
  for await (const chunk of bytes) {
    const text = decode(chunk);
    if (text.includes("\u0000")) throw notUtf8("The file holds NUL characters: it may be saved as UTF-16, or not be a text file at all.");
    if (text) yield text;
  }
  const rest = decode();
  if (rest) yield rest;
}
