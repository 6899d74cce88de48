import GroupsIcon from '@mui/icons-material/Groups';
import {
  SupervisionTeamCreate,
  SupervisionTeamEdit,
  SupervisionTeamList,
  SupervisionTeamShow,
} from './SupervisionTeam';

export default {
  list: SupervisionTeamList,
  show: SupervisionTeamShow,
  create: SupervisionTeamCreate,
  edit: SupervisionTeamEdit,
  icon: GroupsIcon,
  recordRepresentation: 'name',
};
