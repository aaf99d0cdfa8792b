using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Reporting.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportingCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activity_copies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    figure = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_copies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "income_copies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    counterparty_member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    counterparty_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_income_copies", x => x.id);
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

            migrationBuilder.CreateTable(
                name: "subsidy_copies",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subsidy_copies", x => new { x.alliance_id, x.year });
                });

            migrationBuilder.CreateIndex(
                name: "ix_activity_copies_alliance_id_year_date",
                table: "activity_copies",
                columns: new[] { "alliance_id", "year", "date" })
                .Annotation("Npgsql:IndexInclude", new[] { "kind", "status", "figure" });

            migrationBuilder.CreateIndex(
                name: "ix_income_copies_alliance_id_year_date",
                table: "income_copies",
                columns: new[] { "alliance_id", "year", "date" })
                .Annotation("Npgsql:IndexInclude", new[] { "category", "status", "amount" });

            migrationBuilder.CreateIndex(
                name: "ix_roster_members_alliance_id",
                table: "roster_members",
                column: "alliance_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_copies");

            migrationBuilder.DropTable(
                name: "income_copies");

            migrationBuilder.DropTable(
                name: "roster_members");

            migrationBuilder.DropTable(
                name: "subsidy_copies");
        }
    }
}
