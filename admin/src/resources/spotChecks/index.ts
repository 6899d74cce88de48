import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import { SpotCheckCreate } from './SpotCheckCreate';
import { SpotCheckList } from './SpotCheckList';
import { SpotCheckShow } from './SpotCheckShow';

export default {
  list: SpotCheckList,
  show: SpotCheckShow,
  create: SpotCheckCreate,
  icon: TravelExploreIcon,
  recordRepresentation: (r: { targetUnit?: { name: string }; plannedFor?: string }) =>
    `${r.targetUnit?.name ?? ''} ${r.plannedFor ?? ''}`,
};
