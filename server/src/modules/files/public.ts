/**
 * What other modules may use of this one: they import it from here, never from its files (a lint rule
 * holds them to it), so that what a module offers is one short list and modules stay acyclic.
 */
export { StoredFile } from './file.entity';
export type { AttachEvidence } from './file.service';
export { sniff } from './sniff';
export { blobPath } from './file.service';
export { FileReasons } from './files.errors';
