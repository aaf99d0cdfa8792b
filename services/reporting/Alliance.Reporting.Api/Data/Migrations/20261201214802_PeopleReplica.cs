using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Reporting.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class PeopleReplica : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "roster_assistant_approvals",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    alliance_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    registration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    approved = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roster_assistant_approvals", x => new { x.user_id, x.alliance_id });
                });

            migrationBuilder.CreateTable(
                name: "roster_people",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    roles = table.Column<string[]>(type: "text[]", nullable: false),
                    disabled = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roster_people", x => x.user_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_roster_assistant_approvals_alliance_id",
                table: "roster_assistant_approvals",
                column: "alliance_id");

            migrationBuilder.CreateIndex(
                name: "ix_roster_people_user_name",
                table: "roster_people",
                column: "user_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "roster_assistant_approvals");

            migrationBuilder.DropTable(
                name: "roster_people");
        }
    }
}
