/**
 * Who is asking, and over which part of the unit tree. Built once per request from the bearer
 * token; every service decides access with it (role AND place in the tree).
 */
import { TokenKind, UserRole } from './roles';

export interface Grant {
  role: UserRole;
  unitId: number;
  /** Materialized path of the granted unit: the grant covers every unit whose path starts with it. */
  unitPath: string;
  starCode: string | null;
}

export class Principal {
  constructor(
    readonly userId: number,
    readonly username: string,
    readonly displayName: string,
    readonly grants: readonly Grant[],
    readonly tokenKind: TokenKind,
    readonly tokenId: number,
    /**
     * Signed in with a temporary password: until it is changed, only `changePassword`, `logout`
     * and `me` are answered (graphql/decorators.ts `signedIn`).
     */
    readonly mustChangePassword = false,
  ) {}

  /** Resolved from this process's session cache rather than read from the database. */
  cached = false;

  get roles(): UserRole[] {
    return [...new Set(this.grants.map((g) => g.role))];
  }

  hasRole(...roles: UserRole[]): boolean {
    return this.grants.some((g) => roles.includes(g.role));
  }

  /** Path prefixes this principal may read (deduplicated: a prefix inside another is dropped). */
  readPrefixes(): string[] {
    const paths = [...new Set(this.grants.map((g) => g.unitPath))].sort((a, b) => a.length - b.length);
    return paths.filter((p, i) => !paths.slice(0, i).some((q) => p.startsWith(q)));
  }

  /** May read a unit (and what hangs below it) with this path. */
  canRead(unitPath: string): boolean {
    return this.grants.some((g) => unitPath.startsWith(g.unitPath));
  }

  /**
   * May read star-specific records (star owners, the chain) of this star at this place: a task-force
   * grant covers only its own star.
   */
  canReadStar(unitPath: string, starCode: string): boolean {
    return this.grants.some((g) => unitPath.startsWith(g.unitPath) && (!g.starCode || g.starCode === starCode));
  }

  /**
   * May read district-level records (departments, task forces) of the district with this path:
   * anyone whose grant lies inside the district or above it.
   */
  canReadDistrictLevel(districtPath: string): boolean {
    return this.grants.some((g) => g.unitPath.startsWith(districtPath) || districtPath.startsWith(g.unitPath));
  }

  /** Holds one of `roles` over the unit with this path. */
  hasRoleOver(unitPath: string, ...roles: UserRole[]): boolean {
    return this.grants.some((g) => roles.includes(g.role) && unitPath.startsWith(g.unitPath));
  }
}
