import BadgeIcon from '@mui/icons-material/Badge';
import { PositionCreate } from './PositionCreate';
import { PositionEdit } from './PositionEdit';
import { PositionList } from './PositionList';
import { PositionShow } from './PositionShow';

export default {
  list: PositionList,
  show: PositionShow,
  edit: PositionEdit,
  create: PositionCreate,
  icon: BadgeIcon,
  recordRepresentation: (r: { person?: { name?: string }; title?: string | null }) =>
    [r.person?.name, r.title].filter(Boolean).join(' · '),
};
