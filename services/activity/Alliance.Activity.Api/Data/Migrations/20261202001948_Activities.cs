using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Alliance.Activity.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Activities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    attendees = table.Column<int>(type: "integer", nullable: true),
                    firm_attendees = table.Column<int>(type: "integer", nullable: true),
                    member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    member_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    topic = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    hours = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    patent_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    country = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    owner = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    people = table.Column<int>(type: "integer", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    figure = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    void_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    correction_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "change_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    entity_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    action = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    before = table.Column<string>(type: "jsonb", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_change_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roster_alliances",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    host_institution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    domain_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    phase = table.Column<int>(type: "integer", nullable: false),
                    year_in_phase = table.Column<int>(type: "integer", nullable: false),
                    pi_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    details_version = table.Column<long>(type: "bigint", nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    terminated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    termination_version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roster_alliances", x => x.alliance_id);
                });

            migrationBuilder.CreateTable(
                name: "roster_members",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organisation_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    member_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_firm = table.Column<bool>(type: "boolean", nullable: false),
                    registration_number = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    county = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    region = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    contracts = table.Column<string>(type: "jsonb", nullable: false),
                    details_version = table.Column<long>(type: "bigint", nullable: true),
                    source_version = table.Column<long>(type: "bigint", nullable: false),
                    left_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    left_version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roster_members", x => x.member_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_alliance_year_date",
                table: "activities",
                columns: new[] { "alliance_id", "year", "date" })
                .Annotation("Npgsql:IndexInclude", new[] { "type", "kind", "status", "figure" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_member_id",
                table: "activities",
                column: "member_id",
                filter: "member_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_change_records_entity",
                table: "change_records",
                columns: new[] { "entity_type", "entity_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_roster_alliances_code",
                table: "roster_alliances",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "ix_roster_alliances_pi_user_name",
                table: "roster_alliances",
                column: "pi_user_name");

            migrationBuilder.CreateIndex(
                name: "ix_roster_members_alliance_id",
                table: "roster_members",
                column: "alliance_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropTable(
                name: "change_records");

            migrationBuilder.DropTable(
                name: "roster_alliances");

            migrationBuilder.DropTable(
                name: "roster_members");
        }
    }
}
