using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Gateway.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReviewerAssignmentsPerVisit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The rows set by hand on the account page named no visit: they are dropped, and a reviewer's alliances
            // come from site-visit's assignments from now on. The table is empty, so the new columns need no default.
            migrationBuilder.Sql("DELETE FROM reviewer_assignments;");
            migrationBuilder.DropPrimaryKey(
                name: "pk_reviewer_assignments",
                table: "reviewer_assignments");

            migrationBuilder.AddColumn<Guid>(
                name: "visit_id",
                table: "reviewer_assignments",
                type: "uuid",
                nullable: false);

            migrationBuilder.AddColumn<bool>(
                name: "assigned",
                table: "reviewer_assignments",
                type: "boolean",
                nullable: false);

            migrationBuilder.AddColumn<long>(
                name: "sequence",
                table: "reviewer_assignments",
                type: "bigint",
                nullable: false);

            migrationBuilder.AddPrimaryKey(
                name: "pk_reviewer_assignments",
                table: "reviewer_assignments",
                columns: new[] { "user_id", "visit_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to one row per reviewer and alliance: what the assignments gave, each alliance once.
            migrationBuilder.Sql("""
                DELETE FROM reviewer_assignments WHERE NOT assigned;
                DELETE FROM reviewer_assignments a USING reviewer_assignments b
                WHERE a.user_id = b.user_id AND a.alliance_id = b.alliance_id AND a.visit_id > b.visit_id;
                """);
            migrationBuilder.DropPrimaryKey(
                name: "pk_reviewer_assignments",
                table: "reviewer_assignments");

            migrationBuilder.DropColumn(
                name: "visit_id",
                table: "reviewer_assignments");

            migrationBuilder.DropColumn(
                name: "assigned",
                table: "reviewer_assignments");

            migrationBuilder.DropColumn(
                name: "sequence",
                table: "reviewer_assignments");

            migrationBuilder.AddPrimaryKey(
                name: "pk_reviewer_assignments",
                table: "reviewer_assignments",
                columns: new[] { "user_id", "alliance_id" });
        }
    }
}
