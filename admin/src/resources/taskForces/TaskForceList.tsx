import { DataTable, List, SimpleList, useLocaleState } from 'react-admin';
import { RefLinkField, StarNameField, starName } from '../../shared/fields';
import { StarInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { MemberChips } from './MemberChips';
import { useCsvExporter } from '../../shared/csv';

const filters = [<StarInput key="starCode" source="starCode" alwaysOn />];

export function TaskForceList() {
  const csvExporter = useCsvExporter();
  const [locale] = useLocaleState();
  return (
    <List perPage={25} filters={filters} sort={{ field: 'starCode', order: 'ASC' }} exporter={csvExporter}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="starCode">
              <StarNameField />
            </DataTable.Col>
            <DataTable.Col source="leadDepartment" disableSort>
              <RefLinkField source="leadDepartment" reference="departments" />
            </DataTable.Col>
            <DataTable.Col source="leader" disableSort>
              <RefLinkField source="leader" reference="people" />
            </DataTable.Col>
            <DataTable.Col source="members" disableSort>
              <MemberChips />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.name}
            secondaryText={(r) => [starName(r.starType, locale), r.leadDepartment?.name].filter(Boolean).join(' · ')}
            tertiaryText={(r) => r.leader?.name}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
