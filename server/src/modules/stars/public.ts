/**
 * What other modules may use of this one: they import it from here, never from its files (a lint rule
 * holds them to it), so that what a module offers is one short list and modules stay acyclic.
 */
export { KeyTask } from './key-task.entity';
export { BranchStar, StarApplication } from './rating.entity';
export { DEFAULT_STAR_SETTINGS, type StarSettings } from './rating.service';
export { StarsReasons } from './stars.errors';
