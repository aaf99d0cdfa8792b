using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Reporting.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class SharedRosterReplica : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The shared roster copy (Alliance.Messaging.Roster) takes over reporting's table and keeps its rows.
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
            // The column's old default (0, "version unknown") would now mean details that never came.
            migrationBuilder.Sql("ALTER TABLE roster_alliances ALTER COLUMN details_version DROP DEFAULT");

            migrationBuilder.AddColumn<long>(
                name: "termination_version",
                table: "roster_alliances",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "registered_at",
                table: "roster_alliances",
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone");

            migrationBuilder.AlterColumn<string>(
                name: "pi_user_name",
                table: "roster_alliances",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            // The shared consumers answer for the events the service's own ones applied.
            migrationBuilder.Sql("""
                UPDATE inbox_messages SET consumer = replace(consumer, 'Alliance.Reporting.Api.Consumers.', 'Alliance.Messaging.Roster.')
                WHERE consumer IN ('Alliance.Reporting.Api.Consumers.AllianceRegisteredConsumer',
                                   'Alliance.Reporting.Api.Consumers.AllianceChangedConsumer',
                                   'Alliance.Reporting.Api.Consumers.AllianceTerminatedConsumer')
                """);

            migrationBuilder.CreateIndex(
                name: "ix_roster_alliances_pi_user_name",
                table: "roster_alliances",
                column: "pi_user_name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_roster_alliances_pi_user_name",
                table: "roster_alliances");

            migrationBuilder.DropColumn(
                name: "termination_version",
                table: "roster_alliances");

            // Reporting's own copy never held an alliance it knew only the termination of.
            migrationBuilder.Sql("""
                DELETE FROM roster_alliances WHERE details_version IS NULL;
                UPDATE roster_alliances SET registered_at = TIMESTAMPTZ '1970-01-01 00:00:00+00' WHERE registered_at IS NULL;
                UPDATE inbox_messages SET consumer = replace(consumer, 'Alliance.Messaging.Roster.', 'Alliance.Reporting.Api.Consumers.')
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

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "registered_at",
                table: "roster_alliances",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)),
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "pi_user_name",
                table: "roster_alliances",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(256)",
                oldMaxLength: 256);
        }
    }
}
