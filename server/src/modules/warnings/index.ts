/** 预警: branches holding a star at risk at the next review, scored with each district's parameters. */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { WarningRule } from './warning-rule.entity';
import { StarWarningResolver, WarningFiguresResolver, WarningRuleResolver } from './warnings.resolver';
import { WarningService } from './warnings.service';

export interface WarningsServices {
  warnings: WarningService;
}

declare module '../../graphql/services' {
  interface Services extends WarningsServices {}
}

export const warnings = defineModule({
  name: 'warnings',
  entities: [WarningRule],
  resolvers: [StarWarningResolver, WarningRuleResolver, WarningFiguresResolver],
  services: ({ em, deps }: Services): WarningsServices => ({ warnings: new WarningService(em, deps.now) }),
});
