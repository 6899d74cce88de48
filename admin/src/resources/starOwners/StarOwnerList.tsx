import { DataTable, DateInput, List, SimpleList, useLocaleState } from 'react-admin';
import { DayField, RefLinkField, StarNameField, starName } from '../../shared/fields';
import { BranchInput, StarInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { EndOwnershipButton } from './EndOwnershipButton';
import { useCsvExporter } from '../../shared/csv';

const filters = [
  <BranchInput key="branchId" source="branchId" alwaysOn />,
  <StarInput key="starCode" source="starCode" alwaysOn />,
  <DateInput key="activeOn" source="activeOn" alwaysOn />,
];

/** No show or edit page: the API has no `starOwner(id)`; an ownership is listed, created and ended. */
export function StarOwnerList() {
  const csvExporter = useCsvExporter();
  const [locale] = useLocaleState();
  return (
    <List perPage={25} filters={filters} sort={{ field: 'id', order: 'DESC' }} exporter={csvExporter}>
      <ResponsiveList
        table={
          <DataTable rowClick={false} bulkActionButtons={false}>
            <DataTable.Col source="branch" disableSort>
              <RefLinkField source="branch" reference="branches" />
            </DataTable.Col>
            <DataTable.Col source="starCode">
              <StarNameField />
            </DataTable.Col>
            <DataTable.Col source="person" disableSort>
              <RefLinkField source="person" reference="people" />
            </DataTable.Col>
            <DataTable.Col source="startDate">
              <DayField source="startDate" />
            </DataTable.Col>
            <DataTable.Col source="endDate" disableSort>
              <DayField source="endDate" />
            </DataTable.Col>
            <DataTable.Col label={false} disableSort>
              <EndOwnershipButton />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => `${r.branch?.name ?? ''} · ${starName(r.starType, locale)}`}
            secondaryText={(r) => r.person?.name}
            tertiaryText={(r) => `${r.startDate}${r.endDate ? ` – ${r.endDate}` : ''}`}
            rowClick={false}
          />
        }
      />
    </List>
  );
}
