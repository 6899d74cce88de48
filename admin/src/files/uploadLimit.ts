/**
 * The server's upload limit (`uploadLimits`, from FILE_MAX_MB), read once per session: a file over
 * it is refused here, before its bytes go over a phone's network only to be refused with 413.
 */
import { graphql } from '../gql';
import { call } from '../dataProvider/call';

const UPLOAD_LIMITS = graphql(`
  query ConsoleUploadLimits {
    data: uploadLimits {
      maxFileBytes
      maxFileMb
    }
  }
`);

let limits: Promise<{ maxFileBytes: number; maxFileMb: number }> | null = null;

/** The limit in MB when `file` is over it, otherwise null (also when the limit cannot be read: the server decides). */
export async function overUploadLimit(file: File): Promise<number | null> {
  limits ??= call(UPLOAD_LIMITS, {}).catch((e: unknown) => {
    limits = null;
    throw e;
  });
  try {
    const { maxFileBytes, maxFileMb } = await limits;
    return file.size > maxFileBytes ? maxFileMb : null;
  } catch {
    return null;
  }
}
