using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Alliance.SiteVisit.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class SiteVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "abnormal_flags",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    flagged = table.Column<bool>(type: "boolean", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    flagged_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    flagged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    cleared_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    cleared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_abnormal_flags", x => x.alliance_id);
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
                name: "counselling_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recommendations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counselling_sessions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outstanding_selections",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    domain_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    selected_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    selected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outstanding_selections", x => new { x.year, x.domain_code });
                });

            migrationBuilder.CreateTable(
                name: "review_forms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    visit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewer_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    scores = table.Column<List<int?>>(type: "integer[]", nullable: false),
                    comments = table.Column<List<string>>(type: "text[]", nullable: false),
                    overall_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    recommendation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    total = table.Column<int>(type: "integer", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_forms", x => x.id);
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
                name: "visit_reviewers",
                columns: table => new
                {
                    visit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewer_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visit_reviewers", x => new { x.visit_id, x.reviewer_user_name });
                });

            migrationBuilder.CreateTable(
                name: "visits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    agenda = table.Column<List<string>>(type: "text[]", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    scheduled_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visits", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_change_records_entity",
                table: "change_records",
                columns: new[] { "entity_type", "entity_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_counselling_sessions_year_alliance_id",
                table: "counselling_sessions",
                columns: new[] { "year", "alliance_id" });

            migrationBuilder.CreateIndex(
                name: "ix_review_forms_visit_id_reviewer_user_name",
                table: "review_forms",
                columns: new[] { "visit_id", "reviewer_user_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_roster_alliances_code",
                table: "roster_alliances",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "ix_roster_alliances_pi_user_name",
                table: "roster_alliances",
                column: "pi_user_name");

            migrationBuilder.CreateIndex(
                name: "ix_visit_reviewers_reviewer_user_name",
                table: "visit_reviewers",
                column: "reviewer_user_name");

            migrationBuilder.CreateIndex(
                name: "ix_visits_year_alliance_id",
                table: "visits",
                columns: new[] { "year", "alliance_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "abnormal_flags");

            migrationBuilder.DropTable(
                name: "change_records");

            migrationBuilder.DropTable(
                name: "counselling_sessions");

            migrationBuilder.DropTable(
                name: "outstanding_selections");

            migrationBuilder.DropTable(
                name: "review_forms");

            migrationBuilder.DropTable(
                name: "roster_alliances");

            migrationBuilder.DropTable(
                name: "visit_reviewers");

            migrationBuilder.DropTable(
                name: "visits");
        }
    }
}
