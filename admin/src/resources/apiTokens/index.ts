import VpnKeyIcon from '@mui/icons-material/VpnKey';
import { ApiTokenCreate } from './ApiTokenCreate';
import { ApiTokenList } from './ApiTokenList';

/** 接口令牌: read-only tokens for integrating systems (district admins only, see permissions.ts). */
export default {
  list: ApiTokenList,
  create: ApiTokenCreate,
  icon: VpnKeyIcon,
  recordRepresentation: (r: { name?: string | null; id?: string }) => r.name ?? String(r.id ?? ''),
};
