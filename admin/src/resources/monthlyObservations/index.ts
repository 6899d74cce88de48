import TourIcon from '@mui/icons-material/Tour';
import { MonthlyObservationCreate, MonthlyObservationList, MonthlyObservationShow } from './MonthlyObservation';

export default {
  list: MonthlyObservationList,
  show: MonthlyObservationShow,
  create: MonthlyObservationCreate,
  icon: TourIcon,
  recordRepresentation: 'title',
};
