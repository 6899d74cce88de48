/** The working rhythm: daily reports, monthly observations and visits, quarterly appraisals, duty-review exports. */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import {
  AppraisalWeights,
  DailyReport,
  MonthlyObservation,
  ObservationVisit,
  QuarterlyAppraisal,
  QuarterlyAppraisalRow,
} from './cadence.entity';
import { cadenceLoaders } from './cadence.loaders';
import {
  AppraisalResolver,
  DailyReportResolver,
  MonthlyObservationResolver,
  ObservationVisitResolver,
} from './cadence.resolver';
import { CadenceService } from './cadence.service';
import { exportsRouter } from './duty-review.export';
import { cadenceInboxKinds } from './cadence.inbox';

export interface CadenceServices {
  cadence: CadenceService;
}

declare module '../../graphql/services' {
  interface Services extends CadenceServices {}
}
declare module '../../graphql/loaders' {
  interface Loaders extends ReturnType<typeof cadenceLoaders> {}
}

export const cadence = defineModule({
  name: 'cadence',
  entities: [
    DailyReport,
    MonthlyObservation,
    ObservationVisit,
    AppraisalWeights,
    QuarterlyAppraisal,
    QuarterlyAppraisalRow,
  ],
  resolvers: [DailyReportResolver, MonthlyObservationResolver, ObservationVisitResolver, AppraisalResolver],
  services: ({ em, deps }: Services): CadenceServices => ({
    cadence: new CadenceService(em, deps.now, deps.statsReplica),
  }),
  loaders: cadenceLoaders,
  inbox: cadenceInboxKinds,
  // .xlsx exports (duty review), scoped like the API.
  routes: [{ path: '/exports', router: ({ createContext, log }) => exportsRouter({ createContext, log }) }],
});
