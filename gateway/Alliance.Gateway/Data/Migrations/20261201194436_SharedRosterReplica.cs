using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Gateway.Data.Migrations
{
    /// <inheritdoc />
    public partial class SharedRosterReplica : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The shared roster copy (Alliance.Messaging.Roster) takes over the gateway's alliance_links and keeps its rows.
            migrationBuilder.DropPrimaryKey(name: "pk_alliance_links", table: "alliance_links");
            migrationBuilder.RenameTable(name: "alliance_links", newName: "roster_alliances");
            migrationBuilder.AddPrimaryKey(name: "pk_roster_alliances", table: "roster_alliances", column: "alliance_id");
            migrationBuilder.RenameIndex(name: "ix_alliance_links_code", table: "roster_alliances", newName: "ix_roster_alliances_code");
            migrationBuilder.RenameIndex(name: "ix_alliance_links_pi_user_name", table: "roster_alliances", newName: "ix_roster_alliances_pi_user_name");

            migrationBuilder.RenameColumn(name: "source_version", table: "roster_alliances", newName: "details_version");
            migrationBuilder.AlterColumn<long>(
                name: "details_version", table: "roster_alliances", type: "bigint", nullable: true,
                oldClrType: typeof(long), oldType: "bigint");
            // The column's old default (0, "version unknown") would now mean details that never came.
            migrationBuilder.Sql("ALTER TABLE roster_alliances ALTER COLUMN details_version DROP DEFAULT");

            migrationBuilder.AddColumn<string>(
                name: "host_institution", table: "roster_alliances", type: "character varying(200)", maxLength: 200, nullable: false, defaultValue: "");
            migrationBuilder.AddColumn<string>(
                name: "domain_code", table: "roster_alliances", type: "character varying(64)", maxLength: 64, nullable: false, defaultValue: "");
            migrationBuilder.AddColumn<int>(name: "phase", table: "roster_alliances", type: "integer", nullable: false, defaultValue: 0);
            migrationBuilder.AddColumn<int>(name: "year_in_phase", table: "roster_alliances", type: "integer", nullable: false, defaultValue: 0);
            migrationBuilder.AddColumn<DateTimeOffset>(name: "registered_at", table: "roster_alliances", type: "timestamp with time zone", nullable: true);
            migrationBuilder.AddColumn<DateOnly>(name: "terminated_on", table: "roster_alliances", type: "date", nullable: true);
            migrationBuilder.AddColumn<long>(name: "termination_version", table: "roster_alliances", type: "bigint", nullable: false, defaultValue: 0L);

            // The gateway kept only whether an alliance was terminated, not when: the earliest date stands for "terminated, day unknown".
            migrationBuilder.Sql("""
                UPDATE roster_alliances SET terminated_on = DATE '0001-01-01' WHERE terminated;
                UPDATE inbox_messages SET consumer = replace(consumer, 'Alliance.Gateway.Consumers.', 'Alliance.Messaging.Roster.')
                WHERE consumer IN ('Alliance.Gateway.Consumers.AllianceRegisteredConsumer',
                                   'Alliance.Gateway.Consumers.AllianceChangedConsumer',
                                   'Alliance.Gateway.Consumers.AllianceTerminatedConsumer');
                """);
            migrationBuilder.DropColumn(name: "terminated", table: "roster_alliances");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(name: "terminated", table: "roster_alliances", type: "boolean", nullable: false, defaultValue: false);
            // The gateway's own copy never held an alliance it knew only the termination of.
            migrationBuilder.Sql("""
                UPDATE roster_alliances SET terminated = terminated_on IS NOT NULL;
                DELETE FROM roster_alliances WHERE details_version IS NULL;
                UPDATE inbox_messages SET consumer = replace(consumer, 'Alliance.Messaging.Roster.', 'Alliance.Gateway.Consumers.')
                WHERE consumer LIKE 'Alliance.Messaging.Roster.%';
                """);
            migrationBuilder.DropColumn(name: "termination_version", table: "roster_alliances");
            migrationBuilder.DropColumn(name: "terminated_on", table: "roster_alliances");
            migrationBuilder.DropColumn(name: "registered_at", table: "roster_alliances");
            migrationBuilder.DropColumn(name: "year_in_phase", table: "roster_alliances");
            migrationBuilder.DropColumn(name: "phase", table: "roster_alliances");
            migrationBuilder.DropColumn(name: "domain_code", table: "roster_alliances");
            migrationBuilder.DropColumn(name: "host_institution", table: "roster_alliances");
            migrationBuilder.AlterColumn<long>(
                name: "details_version", table: "roster_alliances", type: "bigint", nullable: false,
                oldClrType: typeof(long), oldType: "bigint", oldNullable: true);
            migrationBuilder.RenameColumn(name: "details_version", table: "roster_alliances", newName: "source_version");

            migrationBuilder.RenameIndex(name: "ix_roster_alliances_pi_user_name", table: "roster_alliances", newName: "ix_alliance_links_pi_user_name");
            migrationBuilder.RenameIndex(name: "ix_roster_alliances_code", table: "roster_alliances", newName: "ix_alliance_links_code");
            migrationBuilder.DropPrimaryKey(name: "pk_roster_alliances", table: "roster_alliances");
            migrationBuilder.RenameTable(name: "roster_alliances", newName: "alliance_links");
            migrationBuilder.AddPrimaryKey(name: "pk_alliance_links", table: "alliance_links", column: "alliance_id");
        }
    }
}
