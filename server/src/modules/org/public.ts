/**
 * What other modules may use of this one: they import it from here, never from its files (a lint rule
 * holds them to it), so that what a module offers is one short list and modules stay acyclic.
 */
export { Department } from './department.entity';
export { BranchCategory, PositionRole, UnitLevel } from './org.enums';
export { BranchReasons, StarCodeReasons, UnitReasons } from './org.errors';
export { Person } from './person.entity';
export { Position } from './position.entity';
export { StarType } from './star-type.entity';
export { Unit } from './unit.entity';
export type { UnitService } from './unit.service';
