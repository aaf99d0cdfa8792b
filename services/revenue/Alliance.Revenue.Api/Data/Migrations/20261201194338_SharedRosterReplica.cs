using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Revenue.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class SharedRosterReplica : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The shared roster copy (Alliance.Messaging.Roster) takes over revenue's table and keeps its rows.
            migrationBuilder.RenameColumn(
                name: "id",
                table: "roster_alliances",
                newName: "alliance_id");

            migrationBuilder.RenameColumn(
                name: "source_version",
                table: "roster_alliances",
                newName: "details_version");

            migrationBuilder.AlterColumn<long>(
                name: "details_version",
                table: "roster_alliances",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<long>(
                name: "termination_version",
                table: "roster_alliances",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "domain_code",
                table: "roster_alliances",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "host_institution",
                table: "roster_alliances",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "phase",
                table: "roster_alliances",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "pi_user_name",
                table: "roster_alliances",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "registered_at",
                table: "roster_alliances",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "year_in_phase",
                table: "roster_alliances",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // A termination that came first left a stub named after the code; it now waits for its details.
            migrationBuilder.Sql("""
                UPDATE roster_alliances SET details_version = NULL, name = ''
                WHERE terminated_on IS NOT NULL AND details_version = 0 AND name = code
                """);

            // The shared consumers answer for the events the service's own ones applied.
            migrationBuilder.Sql("""
                UPDATE inbox_messages SET consumer = replace(consumer, 'Alliance.Revenue.Api.Consumers.', 'Alliance.Messaging.Roster.')
                WHERE consumer IN ('Alliance.Revenue.Api.Consumers.AllianceRegisteredConsumer',
                                   'Alliance.Revenue.Api.Consumers.AllianceChangedConsumer',
                                   'Alliance.Revenue.Api.Consumers.AllianceTerminatedConsumer')
                """);

            migrationBuilder.CreateIndex(
                name: "ix_roster_alliances_code",
                table: "roster_alliances",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "ix_roster_alliances_pi_user_name",
                table: "roster_alliances",
                column: "pi_user_name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_roster_alliances_code",
                table: "roster_alliances");

            migrationBuilder.DropIndex(
                name: "ix_roster_alliances_pi_user_name",
                table: "roster_alliances");

            migrationBuilder.DropColumn(
                name: "domain_code",
                table: "roster_alliances");

            migrationBuilder.DropColumn(
                name: "host_institution",
                table: "roster_alliances");

            migrationBuilder.DropColumn(
                name: "phase",
                table: "roster_alliances");

            migrationBuilder.DropColumn(
                name: "pi_user_name",
                table: "roster_alliances");

            migrationBuilder.DropColumn(
                name: "registered_at",
                table: "roster_alliances");

            migrationBuilder.DropColumn(
                name: "year_in_phase",
                table: "roster_alliances");

            migrationBuilder.DropColumn(
                name: "termination_version",
                table: "roster_alliances");

            migrationBuilder.Sql("""
                UPDATE roster_alliances SET name = code WHERE details_version IS NULL;
                UPDATE roster_alliances SET details_version = 0 WHERE details_version IS NULL;
                UPDATE inbox_messages SET consumer = replace(consumer, 'Alliance.Messaging.Roster.', 'Alliance.Revenue.Api.Consumers.')
                WHERE consumer LIKE 'Alliance.Messaging.Roster.%';
                """);

            migrationBuilder.AlterColumn<long>(
                name: "details_version",
                table: "roster_alliances",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.RenameColumn(
                name: "details_version",
                table: "roster_alliances",
                newName: "source_version");

            migrationBuilder.RenameColumn(
                name: "alliance_id",
                table: "roster_alliances",
                newName: "id");
        }
    }
}
