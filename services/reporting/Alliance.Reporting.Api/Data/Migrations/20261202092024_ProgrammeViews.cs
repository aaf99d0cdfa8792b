using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Reporting.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "abnormal_flag_copies",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    flagged = table.Column<bool>(type: "boolean", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_abnormal_flag_copies", x => x.alliance_id);
                });

            migrationBuilder.CreateTable(
                name: "outstanding_copies",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    domain_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outstanding_copies", x => new { x.year, x.domain_code });
                });

            migrationBuilder.CreateTable(
                name: "programme_targets",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    firm_members = table.Column<int>(type: "integer", nullable: false),
                    self_sufficient_alliances = table.Column<int>(type: "integer", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_targets", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "review_outcomes",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    conditions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    comments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    confirmed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_outcomes", x => new { x.alliance_id, x.year });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "abnormal_flag_copies");

            migrationBuilder.DropTable(
                name: "outstanding_copies");

            migrationBuilder.DropTable(
                name: "programme_targets");

            migrationBuilder.DropTable(
                name: "review_outcomes");
        }
    }
}
