using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Alliance.Revenue.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncomesSubsidiesAndCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "incomes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    counterparty_member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    counterparty_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    counterparty_registration_number = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    counterparty_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    counterparty_county = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    nature = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    period_start = table.Column<DateOnly>(type: "date", nullable: true),
                    period_end = table.Column<DateOnly>(type: "date", nullable: true),
                    concerns_core_technology = table.Column<bool>(type: "boolean", nullable: true),
                    signed_by_pi = table.Column<bool>(type: "boolean", nullable: true),
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
                    table.PrimaryKey("pk_incomes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "member_copies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organisation_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    member_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    registration_number = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    county = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    source_version = table.Column<long>(type: "bigint", nullable: false),
                    contracts = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_copies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roster_alliances",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    terminated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    source_version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roster_alliances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "subsidies",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    set_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subsidies", x => new { x.alliance_id, x.year });
                });

            migrationBuilder.CreateIndex(
                name: "ix_change_records_entity",
                table: "change_records",
                columns: new[] { "entity_type", "entity_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_incomes_alliance_year_date",
                table: "incomes",
                columns: new[] { "alliance_id", "year", "date" })
                .Annotation("Npgsql:IndexInclude", new[] { "category", "status", "amount" });

            migrationBuilder.CreateIndex(
                name: "ix_incomes_counterparty_member_id",
                table: "incomes",
                column: "counterparty_member_id",
                filter: "counterparty_member_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_member_copies_alliance_id",
                table: "member_copies",
                column: "alliance_id");

            migrationBuilder.CreateIndex(
                name: "ix_subsidies_year",
                table: "subsidies",
                column: "year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "change_records");

            migrationBuilder.DropTable(
                name: "incomes");

            migrationBuilder.DropTable(
                name: "member_copies");

            migrationBuilder.DropTable(
                name: "roster_alliances");

            migrationBuilder.DropTable(
                name: "subsidies");
        }
    }
}
