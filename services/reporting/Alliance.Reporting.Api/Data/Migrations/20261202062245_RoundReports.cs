using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Reporting.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class RoundReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "round_audit_notes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kpi = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    submission_version = table.Column<int>(type: "integer", nullable: false),
                    written_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    written_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_round_audit_notes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "round_reports",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    submissions = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_round_reports", x => new { x.alliance_id, x.round_id });
                });

            migrationBuilder.CreateTable(
                name: "round_submissions",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    submitted_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    late_days = table.Column<int>(type: "integer", nullable: true),
                    late_by = table.Column<TimeSpan>(type: "interval", nullable: true),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    reopened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reopened_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reopen_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    audited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    audited_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_round_submissions", x => new { x.alliance_id, x.round_id, x.number });
                });

            migrationBuilder.CreateTable(
                name: "round_texts",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    section = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_round_texts", x => new { x.alliance_id, x.round_id, x.section, x.key });
                });

            migrationBuilder.CreateIndex(
                name: "ix_round_audit_notes_alliance_id_round_id_written_at",
                table: "round_audit_notes",
                columns: new[] { "alliance_id", "round_id", "written_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "round_audit_notes");

            migrationBuilder.DropTable(
                name: "round_reports");

            migrationBuilder.DropTable(
                name: "round_submissions");

            migrationBuilder.DropTable(
                name: "round_texts");
        }
    }
}
