/**
 * The application's modules, in order: a module's services may use those of the modules before it,
 * and MikroORM discovers the entities in this order. Adding a module: its folder, and one line here.
 */
import type { Complete, ModuleManifest } from '../graphql/module';
import { accounts } from './accounts';
import { audit } from './audit';
import { auth } from './auth';
import { cadence } from './cadence';
import { events } from './events';
import { files } from './files';
import { imports } from './imports';
import { meetings } from './meetings';
import { inbox } from './inbox';
import { warnings } from './warnings';
import { org } from './org';
import { plans } from './plans';
import { residents } from './residents';
import { publicity } from './publicity';
import { stars } from './stars';
import { stats } from './stats';
import { supervision } from './supervision';
import { training } from './training';

const list = [
  org,
  auth,
  audit,
  accounts,
  files,
  stars,
  plans,
  supervision,
  cadence,
  stats,
  imports,
  residents,
  meetings,
  publicity,
  training,
  events,
  inbox,
  warnings,
] as const;

// Every service and loader the modules declare is built by some module's factory.
const complete: Complete<(typeof list)[number]> = true;
void complete;

export const modules: readonly ModuleManifest[] = list;
