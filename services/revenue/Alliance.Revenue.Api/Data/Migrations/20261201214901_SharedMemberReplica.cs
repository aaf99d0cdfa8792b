using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Revenue.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class SharedMemberReplica : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The shared member copy (Alliance.Messaging.Roster.Members) takes over revenue's table and keeps its rows.
            migrationBuilder.RenameTable(
                name: "member_copies",
                newName: "roster_members");

            migrationBuilder.Sql("ALTER TABLE roster_members RENAME CONSTRAINT pk_member_copies TO pk_roster_members;");

            migrationBuilder.RenameIndex(
                name: "ix_member_copies_alliance_id",
                table: "roster_members",
                newName: "ix_roster_members_alliance_id");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "roster_members",
                newName: "member_id");

            migrationBuilder.AddColumn<bool>(
                name: "is_firm",
                table: "roster_members",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "region",
                table: "roster_members",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "details_version",
                table: "roster_members",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "left_version",
                table: "roster_members",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // The old copy kept one version: the state's, or the removal's once removed; a removal that came
            // first left a copy without a name, which now waits for its details. Kinds become the events'
            // API names (revenue reads its enums from them); the region comes with the member's next change.
            migrationBuilder.Sql("""
                UPDATE roster_members SET
                    details_version = CASE WHEN left_at IS NOT NULL AND name = '' THEN NULL ELSE source_version END,
                    left_version = CASE WHEN left_at IS NOT NULL THEN source_version ELSE 0 END,
                    is_firm = member_kind = 'Firm',
                    member_kind = lower(member_kind),
                    organisation_kind = CASE organisation_kind
                        WHEN 'TaiwanCompany' THEN 'taiwan-company'
                        WHEN 'NonResearchJuridicalPerson' THEN 'non-research-juridical-person'
                        WHEN 'Association' THEN 'association'
                        WHEN 'ForeignCompany' THEN 'foreign-company'
                        WHEN 'MainlandChinaCompany' THEN 'mainland-china-company'
                        WHEN 'ResearchJuridicalPerson' THEN 'research-juridical-person'
                        WHEN 'OtherOrganisation' THEN 'other-organisation'
                        WHEN 'NaturalPerson' THEN 'natural-person'
                        ELSE organisation_kind END,
                    contracts = coalesce(contracts, '[]'::jsonb);
                UPDATE roster_members SET organisation_kind = '', member_kind = '' WHERE details_version IS NULL;
                """);

            migrationBuilder.AlterColumn<string>(
                name: "contracts",
                table: "roster_members",
                type: "jsonb",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "jsonb",
                oldNullable: true);

            // The shared consumers answer for the events revenue's own ones applied.
            migrationBuilder.Sql("""
                UPDATE inbox_messages SET consumer = replace(consumer, 'Alliance.Revenue.Api.Consumers.', 'Alliance.Messaging.Roster.Members.')
                WHERE consumer IN ('Alliance.Revenue.Api.Consumers.MemberJoinedConsumer',
                                   'Alliance.Revenue.Api.Consumers.MemberChangedConsumer',
                                   'Alliance.Revenue.Api.Consumers.MemberLeftConsumer')
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE roster_members SET name = '' WHERE details_version IS NULL;
                UPDATE roster_members SET source_version = left_version WHERE left_at IS NOT NULL;
                UPDATE roster_members SET
                    member_kind = CASE member_kind WHEN 'firm' THEN 'Firm' WHEN 'individual' THEN 'Individual' ELSE 'Other' END,
                    organisation_kind = CASE organisation_kind
                        WHEN 'taiwan-company' THEN 'TaiwanCompany'
                        WHEN 'non-research-juridical-person' THEN 'NonResearchJuridicalPerson'
                        WHEN 'association' THEN 'Association'
                        WHEN 'foreign-company' THEN 'ForeignCompany'
                        WHEN 'mainland-china-company' THEN 'MainlandChinaCompany'
                        WHEN 'research-juridical-person' THEN 'ResearchJuridicalPerson'
                        WHEN 'other-organisation' THEN 'OtherOrganisation'
                        WHEN 'natural-person' THEN 'NaturalPerson'
                        ELSE 'OtherOrganisation' END;
                UPDATE inbox_messages SET consumer = replace(consumer, 'Alliance.Messaging.Roster.Members.', 'Alliance.Revenue.Api.Consumers.')
                WHERE consumer LIKE 'Alliance.Messaging.Roster.Members.%';
                """);

            migrationBuilder.AlterColumn<string>(
                name: "contracts",
                table: "roster_members",
                type: "jsonb",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "jsonb");

            migrationBuilder.DropColumn(
                name: "is_firm",
                table: "roster_members");

            migrationBuilder.DropColumn(
                name: "region",
                table: "roster_members");

            migrationBuilder.DropColumn(
                name: "details_version",
                table: "roster_members");

            migrationBuilder.DropColumn(
                name: "left_version",
                table: "roster_members");

            migrationBuilder.RenameColumn(
                name: "member_id",
                table: "roster_members",
                newName: "id");

            migrationBuilder.RenameIndex(
                name: "ix_roster_members_alliance_id",
                table: "roster_members",
                newName: "ix_member_copies_alliance_id");

            migrationBuilder.Sql("ALTER TABLE roster_members RENAME CONSTRAINT pk_roster_members TO pk_member_copies;");

            migrationBuilder.RenameTable(
                name: "roster_members",
                newName: "member_copies");
        }
    }
}
