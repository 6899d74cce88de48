import GradingIcon from '@mui/icons-material/Grading';
import { i18nProvider } from '../../i18n';
import { ApplicationCreate } from './ApplicationCreate';
import { ApplicationList } from './ApplicationList';
import { ApplicationShow } from './ApplicationShow';

export default {
  list: ApplicationList,
  show: ApplicationShow,
  create: ApplicationCreate,
  icon: GradingIcon,
  // Its branch, star and year (not a raw id), the star in the interface language.
  recordRepresentation: (r: {
    id: string;
    year?: number;
    branch?: { name?: string } | null;
    starType?: { nameZh?: string; nameEn?: string } | null;
  }) =>
    [r.branch?.name, i18nProvider.getLocale() === 'en' ? r.starType?.nameEn : r.starType?.nameZh, r.year]
      .filter((x) => x != null && x !== '')
      .join(' · ') || `#${r.id}`,
};
