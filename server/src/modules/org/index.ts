/** The unit tree (district, townships, branches), people and positions, departments, task forces, star types. */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { ChainResolver } from './chain.resolver';
import { ChainService } from './chain.service';
import { ContactPoint } from './contact-point.entity';
import { Department } from './department.entity';
import { ContactPointResolver, DepartmentResolver, TaskForceResolver } from './district.resolver';
import { DistrictService } from './district.service';
import { orgLoaders } from './org.loaders';
import { PersonResolver, PositionResolver, StarOwnerResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { Person } from './person.entity';
import { Position } from './position.entity';
import { StarOwner } from './star-owner.entity';
import { StarType } from './star-type.entity';
import { StarTaskForce } from './task-force.entity';
import { Unit } from './unit.entity';
import { UnitResolver } from './unit.resolver';
import { UnitService } from './unit.service';

export interface OrgServices {
  units: UnitService;
  people: PeopleService;
  districts: DistrictService;
  chain: ChainService;
}

declare module '../../graphql/services' {
  interface Services extends OrgServices {}
}
declare module '../../graphql/loaders' {
  interface Loaders extends ReturnType<typeof orgLoaders> {}
}

export const org = defineModule({
  name: 'org',
  entities: [Unit, Department, Person, Position, StarTaskForce, StarOwner, ContactPoint, StarType],
  resolvers: [
    UnitResolver,
    PersonResolver,
    PositionResolver,
    StarOwnerResolver,
    DepartmentResolver,
    TaskForceResolver,
    ContactPointResolver,
    ChainResolver,
  ],
  services: ({ em }: Services): OrgServices => {
    const units = new UnitService(em);
    return {
      units,
      people: new PeopleService(em),
      districts: new DistrictService(em),
      chain: new ChainService(em, units),
    };
  },
  loaders: orgLoaders,
});
