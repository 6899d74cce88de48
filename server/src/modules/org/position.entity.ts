import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { PositionRole } from './org.enums';
import { Department } from './department.entity';
import { Person } from './person.entity';
import { StarTaskForce } from './task-force.entity';
import { Unit } from './unit.entity';

/**
 * A person holds a role in a unit, a department or a task force from `startDate` to `endDate`
 * (both inclusive, Asia/Shanghai dates; open-ended when null). Kept after it ends, so the chain
 * can be answered for any past date.
 */
@ObjectType({ description: '任职 Position: a person holds a role in a unit, department or task force over a period' })
@Entity({ tableName: 'position' })
@Check({ name: 'position_one_place', expression: 'num_nonnulls(unit_id, department_id, task_force_id) = 1' })
@Check({ name: 'position_period', expression: 'end_date is null or end_date >= start_date' })
@Index({ properties: ['unit', 'role', 'startDate'] })
@Index({ properties: ['taskForce', 'role', 'startDate'] })
@Index({ name: 'position_scope_unit_idx', properties: ['scopeUnit'] })
export class Position extends BaseEntity {
  @ManyToOne(() => Person, { deleteRule: 'restrict', index: true })
  person!: Rel<Person>;

  @Field(() => PositionRole, { description: '角色 Role' })
  @Enum({ items: () => PositionRole })
  role!: PositionRole;

  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'restrict' })
  unit: Rel<Unit> | null = null;

  @ManyToOne(() => Department, { nullable: true, deleteRule: 'restrict' })
  department: Rel<Department> | null = null;

  @ManyToOne(() => StarTaskForce, { nullable: true, deleteRule: 'restrict' })
  taskForce: Rel<StarTaskForce> | null = null;

  /** The unit whose subtree this position belongs to (the unit, or the district of the department/task force). */
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  scopeUnit!: Rel<Unit>;

  @Field(() => String, { description: '任职开始日期 Start date (YYYY-MM-DD, inclusive)' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => String, {
    nullable: true,
    description: '任职结束日期 End date (YYYY-MM-DD, inclusive); empty while in office',
  })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field(() => String, { nullable: true, description: '职务说明 Title as written on documents' })
  @Property({ type: 'string', length: 100, nullable: true })
  title: string | null = null;
}
