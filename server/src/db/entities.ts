/** Every entity, listed by the modules' manifests: no folder globbing, so compiled JS, ts-node and swc/jest behave alike. */
import { modules } from '../modules';

export const entities = modules.flatMap((m) => m.entities ?? []);
