import { permissionCatalog } from '@/lib/permissions';

export function getPermissionCatalog() {
  return {
    data: Object.entries(permissionCatalog).map(([module, def]) => ({
      module,
      label: def.label,
      permissions: Object.entries(def.actions).map(([action, description]) => ({
        key: `${module}.${action}`,
        action,
        description: description as string,
      })),
    })),
  };
}
