import { CreateButton, ExportButton, List, TopToolbar, useResourceContext, type ListProps } from "react-admin";
import { EmptyState } from "./EmptyState";

type CreatableListProps = Omit<ListProps, "actions" | "exporter" | "empty"> & {
  /** Offer the list's export too (default: no export). */
  exportable?: boolean;
};

/**
 * A list its users add to (teams, brands, categories, products, events,
 * activities): a create button above it and, while empty, the sentence
 * `resources.<resource>.empty` with a button to create the first one.
 */
export const CreatableList = ({ exportable = false, ...props }: CreatableListProps) => {
  const resource = useResourceContext(props);
  return (
    <List
      actions={
        <TopToolbar>
          <CreateButton />
          {exportable && <ExportButton />}
        </TopToolbar>
      }
      exporter={exportable ? undefined : false}
      empty={<EmptyState message={`resources.${resource}.empty`} action={<CreateButton variant="contained" />} />}
      {...props}
    />
  );
};
