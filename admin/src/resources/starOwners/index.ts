import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import { StarOwnerCreate } from './StarOwnerCreate';
import { StarOwnerList } from './StarOwnerList';

export default {
  list: StarOwnerList,
  create: StarOwnerCreate,
  icon: VolunteerActivismIcon,
  recordRepresentation: (r: { person?: { name?: string }; starType?: { nameZh?: string } }) =>
    [r.person?.name, r.starType?.nameZh].filter(Boolean).join(' · '),
};
