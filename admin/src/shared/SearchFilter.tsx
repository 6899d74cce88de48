import { SearchInput, useTranslate } from 'react-admin';

/** react-admin's search box, with an accessible name ("搜索") besides its placeholder. */
export function SearchFilter({ source = 'search' }: { source?: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  return <SearchInput source={source} slotProps={{ htmlInput: { 'aria-label': translate('ra.action.search') } }} />;
}
