import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Db } from '../../db/open.js';
import { deleteInstall, getInstall, saveInstall } from '../../db/channels.js';

/** Bolt's installation store on our installs table: one row per workspace, the install record as data. */
export function sqliteInstallationStore(db: Db): InstallationStore {
  return {
    async storeInstallation(installation) {
      const workspace = installation.team?.id ?? installation.enterprise?.id;
      if (!workspace) throw new Error('an installation without a team or enterprise id');
      saveInstall(
        db,
        { platform: 'slack', workspace, botToken: installation.bot?.token ?? null, botUserId: installation.bot?.userId ?? null, data: installation, installedBy: installation.user?.id ?? null },
        new Date(),
      );
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const workspace = query.isEnterpriseInstall ? query.enterpriseId : query.teamId;
      const install = workspace ? getInstall(db, 'slack', workspace) : null;
      if (!install || install.uninstalledAt) throw new Error(`labwatch is not installed in Slack workspace ${workspace ?? '?'}`);
      return install.data as Installation<'v1' | 'v2', boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      const workspace = query.isEnterpriseInstall ? query.enterpriseId : query.teamId;
      if (workspace) deleteInstall(db, 'slack', workspace);
    },
  };
}
