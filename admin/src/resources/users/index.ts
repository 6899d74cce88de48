import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';
import { UserShow } from './UserShow';

/** 用户与权限: accounts and their roles (district admins; township staff for their branches, see permissions.ts). */
export default {
  list: UserList,
  show: UserShow,
  create: UserCreate,
  edit: UserEdit,
  icon: ManageAccountsIcon,
  recordRepresentation: (r: { displayName?: string; username?: string }) => r.displayName ?? r.username ?? '',
};
