import PlaceIcon from '@mui/icons-material/Place';
import { ContactPointCreate } from './ContactPointCreate';
import { ContactPointEdit } from './ContactPointEdit';
import { ContactPointList } from './ContactPointList';
import { ContactPointShow } from './ContactPointShow';

export default {
  list: ContactPointList,
  show: ContactPointShow,
  edit: ContactPointEdit,
  create: ContactPointCreate,
  icon: PlaceIcon,
  recordRepresentation: (r: { leader?: { name?: string }; unit?: { name?: string } }) =>
    [r.leader?.name, r.unit?.name].filter(Boolean).join(' → '),
};
