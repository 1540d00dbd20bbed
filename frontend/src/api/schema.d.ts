/**
 * Generated from the TTĐN OpenAPI document by `npm run api:generate`. Do not edit by hand.
 */
export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký thao tác */
        get: operations["list_audit_events_api_v1_audit_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập */
        post: operations["log_in_api_v1_auth_login_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất */
        post: operations["log_out_api_v1_auth_logout_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gia hạn phiên đăng nhập */
        post: operations["refresh_api_v1_auth_refresh_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch nhắc hạn của một người (ICS), theo địa chỉ bí mật */
        get: operations["calendar_feed_api_v1_calendar__token__ics_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commune-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo của các xã */
        get: operations["list_commune_reports_api_v1_commune_reports_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commune-reports/{report_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo của xã */
        get: operations["get_commune_report_api_v1_commune_reports__report_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa báo cáo của xã */
        patch: operations["update_commune_report_api_v1_commune_reports__report_id__patch"];
        trace?: never;
    };
    "/api/v1/commune-reports/{report_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp trên tiếp nhận báo cáo của xã */
        post: operations["accept_commune_report_api_v1_commune_reports__report_id__accept_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commune-reports/{report_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duyệt báo cáo */
        post: operations["approve_commune_report_api_v1_commune_reports__report_id__approve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commune-reports/{report_id}/document.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo của xã dạng văn bản DOCX (thể thức Nghị định 30/2020/NĐ-CP) */
        get: operations["commune_report_docx_api_v1_commune_reports__report_id__document_docx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commune-reports/{report_id}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo của xã dạng PDF (khi máy chủ có LibreOffice) */
        get: operations["commune_report_pdf_api_v1_commune_reports__report_id__document_pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commune-reports/{report_id}/figures.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu của báo cáo của xã (XLSX): từng đơn vị, tổng cộng và nhiệm vụ theo đơn vị */
        get: operations["commune_report_figures_api_v1_commune_reports__report_id__figures_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commune-reports/{report_id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp trên trả lại báo cáo của xã, kèm ý kiến */
        post: operations["return_commune_report_api_v1_commune_reports__report_id__return_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commune-reports/{report_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi báo cáo lên cấp trên */
        post: operations["send_commune_report_api_v1_commune_reports__report_id__send_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/commune": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bảng theo dõi của xã: nhiệm vụ, đúng hạn, vụ việc, báo chí, báo cáo đến hạn */
        get: operations["commune_api_v1_dashboards_commune_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/superior": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bảng theo dõi của cấp trên: báo cáo, nhiệm vụ, vụ việc của từng xã */
        get: operations["superior_api_v1_dashboards_superior_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/formats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các định dạng văn bản máy chủ xuất được
         * @description So that a screen offers a PDF only where the server can make one (else a 501).
         */
        get: operations["document_formats_api_v1_documents_formats_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tình trạng hệ thống */
        get: operations["health_api_v1_health_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách vụ việc thông tin sai lệch */
        get: operations["list_incidents_api_v1_incidents_get"];
        put?: never;
        /** Báo tin thông tin sai lệch */
        post: operations["report_incident_api_v1_incidents_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{incident_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một vụ việc và diễn biến */
        get: operations["get_incident_api_v1_incidents__incident_id__get"];
        put?: never;
        post?: never;
        /** Xóa vụ việc báo nhầm */
        delete: operations["delete_incident_api_v1_incidents__incident_id__delete"];
        options?: never;
        head?: never;
        /** Sửa vụ việc, ghi kết luận */
        patch: operations["edit_incident_api_v1_incidents__incident_id__patch"];
        trace?: never;
    };
    "/api/v1/incidents/{incident_id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp trên ghi nhận vụ việc được báo cáo */
        post: operations["acknowledge_incident_api_v1_incidents__incident_id__acknowledge_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{incident_id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các biện pháp đã làm */
        get: operations["list_actions_api_v1_incidents__incident_id__actions_get"];
        put?: never;
        /** Ghi một biện pháp xử lý */
        post: operations["add_action_api_v1_incidents__incident_id__actions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{incident_id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Báo cáo vụ việc lên cấp trên */
        post: operations["escalate_incident_api_v1_incidents__incident_id__escalate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{incident_id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chứng cứ của vụ việc */
        get: operations["list_evidence_api_v1_incidents__incident_id__evidence_get"];
        put?: never;
        /** Tải lên chứng cứ (ảnh, PDF, video ngắn; tối đa 20 MB) */
        post: operations["add_evidence_api_v1_incidents__incident_id__evidence_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{incident_id}/evidence/{evidence_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải xuống bản gốc (người xử lý vụ việc và người tải lên) */
        get: operations["download_evidence_api_v1_incidents__incident_id__evidence__evidence_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{incident_id}/evidence/{evidence_id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bản xem trước của ảnh (JPEG, không có siêu dữ liệu) */
        get: operations["preview_evidence_api_v1_incidents__incident_id__evidence__evidence_id__preview_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{incident_id}/evidence/{evidence_id}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gỡ chứng cứ (Công an xã; ghi vào diễn biến) */
        post: operations["remove_evidence_api_v1_incidents__incident_id__evidence__evidence_id__remove_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{incident_id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người liên quan và quyết định xử lý (chỉ Công an xã) */
        get: operations["list_people_api_v1_incidents__incident_id__people_get"];
        put?: never;
        /** Ghi người liên quan (chỉ Công an xã) */
        post: operations["add_person_api_v1_incidents__incident_id__people_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{incident_id}/people/{person_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xóa người liên quan ghi nhầm (chỉ Công an xã) */
        delete: operations["remove_person_api_v1_incidents__incident_id__people__person_id__delete"];
        options?: never;
        head?: never;
        /** Sửa người liên quan, quyết định xử lý (chỉ Công an xã) */
        patch: operations["change_person_api_v1_incidents__incident_id__people__person_id__patch"];
        trace?: never;
    };
    "/api/v1/incidents/{incident_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khôi phục vụ việc đã xóa */
        post: operations["restore_incident_api_v1_incidents__incident_id__restore_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{incident_id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển trạng thái xử lý (kèm lý do) */
        post: operations["move_incident_api_v1_incidents__incident_id__transitions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/police-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu quý của Công an xã: vụ việc, người, quyết định xử lý (không nêu tên) */
        get: operations["police_figures_api_v1_incidents_police_figures_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số vụ việc theo trạng thái, theo tháng và lĩnh vực */
        get: operations["summarise_incidents_api_v1_incidents_summary_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-references": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách văn bản căn cứ */
        get: operations["list_legal_references_api_v1_legal_references_get"];
        put?: never;
        /** Thêm văn bản căn cứ */
        post: operations["create_legal_reference_api_v1_legal_references_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-references/{reference_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một văn bản căn cứ */
        get: operations["get_legal_reference_api_v1_legal_references__reference_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa văn bản căn cứ */
        patch: operations["update_legal_reference_api_v1_legal_references__reference_id__patch"];
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tài khoản đang đăng nhập */
        get: operations["me_api_v1_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Địa chỉ lịch của tôi */
        get: operations["calendar_token_status_api_v1_me_calendar_token_get"];
        put?: never;
        /** Tạo (hoặc đổi) địa chỉ lịch của tôi; địa chỉ chỉ hiện một lần */
        post: operations["make_calendar_token_api_v1_me_calendar_token_post"];
        /** Thu hồi địa chỉ lịch của tôi */
        delete: operations["revoke_calendar_token_api_v1_me_calendar_token_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đổi mật khẩu của mình */
        post: operations["change_password_api_v1_me_password_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách phóng viên */
        get: operations["list_contacts_api_v1_media_contacts_get"];
        put?: never;
        /** Thêm phóng viên */
        post: operations["create_contact_api_v1_media_contacts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một phóng viên */
        get: operations["get_contact_api_v1_media_contacts__contact_id__get"];
        put?: never;
        post?: never;
        /** Xóa phóng viên */
        delete: operations["delete_contact_api_v1_media_contacts__contact_id__delete"];
        options?: never;
        head?: never;
        /** Sửa phóng viên */
        patch: operations["update_contact_api_v1_media_contacts__contact_id__patch"];
        trace?: never;
    };
    "/api/v1/media/contacts/{contact_id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gộp phóng viên trùng vào phóng viên được giữ lại */
        post: operations["merge_contact_api_v1_media_contacts__contact_id__merge_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/contacts/{contact_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khôi phục phóng viên đã xóa */
        post: operations["restore_contact_api_v1_media_contacts__contact_id__restore_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/contacts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất danh sách phóng viên (XLSX, CSV) theo cùng bộ lọc, che như danh sách */
        get: operations["export_contacts_api_v1_media_contacts_export_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách hoạt động báo chí */
        get: operations["list_interactions_api_v1_media_interactions_get"];
        put?: never;
        /** Ghi một hoạt động báo chí */
        post: operations["create_interaction_api_v1_media_interactions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/interactions/{interaction_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một hoạt động báo chí */
        get: operations["get_interaction_api_v1_media_interactions__interaction_id__get"];
        put?: never;
        post?: never;
        /** Xóa hoạt động báo chí */
        delete: operations["delete_interaction_api_v1_media_interactions__interaction_id__delete"];
        options?: never;
        head?: never;
        /** Sửa hoạt động báo chí */
        patch: operations["update_interaction_api_v1_media_interactions__interaction_id__patch"];
        trace?: never;
    };
    "/api/v1/media/interactions/{interaction_id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tải lên tài liệu của hoạt động (PDF, văn bản Office, ảnh; tối đa 20 MB) */
        post: operations["upload_document_api_v1_media_interactions__interaction_id__documents_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/interactions/{interaction_id}/documents/{document_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải xuống tài liệu của hoạt động */
        get: operations["download_document_api_v1_media_interactions__interaction_id__documents__document_id__get"];
        put?: never;
        post?: never;
        /** Gỡ tài liệu khỏi hoạt động */
        delete: operations["remove_document_api_v1_media_interactions__interaction_id__documents__document_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/interactions/{interaction_id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển phản ánh của báo chí sang bước xử lý tiếp theo */
        post: operations["take_follow_up_step_api_v1_media_interactions__interaction_id__follow_up_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/interactions/{interaction_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khôi phục hoạt động báo chí đã xóa */
        post: operations["restore_interaction_api_v1_media_interactions__interaction_id__restore_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/interactions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất hoạt động báo chí (XLSX, CSV) theo cùng bộ lọc */
        get: operations["export_interactions_api_v1_media_interactions_export_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/interactions/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số hoạt động báo chí theo xã, loại, phản ánh chưa trả lời và quá hạn */
        get: operations["summarise_interactions_api_v1_media_interactions_summary_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/outlets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách cơ quan báo chí */
        get: operations["list_outlets_api_v1_media_outlets_get"];
        put?: never;
        /** Thêm cơ quan báo chí */
        post: operations["create_outlet_api_v1_media_outlets_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/outlets/{outlet_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một cơ quan báo chí */
        get: operations["get_outlet_api_v1_media_outlets__outlet_id__get"];
        put?: never;
        post?: never;
        /** Xóa cơ quan báo chí */
        delete: operations["delete_outlet_api_v1_media_outlets__outlet_id__delete"];
        options?: never;
        head?: never;
        /** Sửa cơ quan báo chí */
        patch: operations["update_outlet_api_v1_media_outlets__outlet_id__patch"];
        trace?: never;
    };
    "/api/v1/media/outlets/{outlet_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khôi phục cơ quan báo chí đã xóa */
        post: operations["restore_outlet_api_v1_media_outlets__outlet_id__restore_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/outlets/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất danh sách cơ quan báo chí (XLSX, CSV) theo cùng bộ lọc */
        get: operations["export_outlets_api_v1_media_outlets_export_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông báo nhắc hạn của tôi */
        get: operations["list_notifications_api_v1_notifications_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{notification_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu đã đọc một thông báo */
        post: operations["mark_read_api_v1_notifications__notification_id__read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu đã đọc mọi thông báo */
        post: operations["mark_all_read_api_v1_notifications_read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số thông báo chưa đọc */
        get: operations["unread_count_api_v1_notifications_unread_count_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách kế hoạch */
        get: operations["list_plans_api_v1_plans_get"];
        put?: never;
        /** Lập kế hoạch (dự thảo) */
        post: operations["create_plan_api_v1_plans_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{plan_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một kế hoạch */
        get: operations["get_plan_api_v1_plans__plan_id__get"];
        put?: never;
        post?: never;
        /** Xóa kế hoạch */
        delete: operations["delete_plan_api_v1_plans__plan_id__delete"];
        options?: never;
        head?: never;
        /** Sửa kế hoạch dự thảo */
        patch: operations["update_plan_api_v1_plans__plan_id__patch"];
        trace?: never;
    };
    "/api/v1/plans/{plan_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết thúc kế hoạch */
        post: operations["close_plan_api_v1_plans__plan_id__close_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{plan_id}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dự thảo kế hoạch năm mới từ kế hoạch này (mục, nhiệm vụ, đơn vị, ngày tháng) */
        post: operations["copy_plan_api_v1_plans__plan_id__copy_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{plan_id}/document.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kế hoạch dạng văn bản DOCX (thể thức Nghị định 30/2020/NĐ-CP) */
        get: operations["plan_docx_api_v1_plans__plan_id__document_docx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{plan_id}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kế hoạch dạng PDF (khi máy chủ có LibreOffice) */
        get: operations["plan_pdf_api_v1_plans__plan_id__document_pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{plan_id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ban hành kế hoạch */
        post: operations["issue_plan_api_v1_plans__plan_id__issue_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{plan_id}/reporting-periods/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lập các kỳ báo cáo theo hạn báo cáo của kế hoạch (không tạo trùng) */
        post: operations["generate_periods_api_v1_plans__plan_id__reporting_periods_generate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{plan_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khôi phục kế hoạch đã xóa */
        post: operations["restore_plan_api_v1_plans__plan_id__restore_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{plan_id}/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các mục (cây) */
        get: operations["section_tree_api_v1_plans__plan_id__sections_get"];
        put?: never;
        /** Thêm mục */
        post: operations["create_section_api_v1_plans__plan_id__sections_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{plan_id}/sections/{section_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xóa mục và các mục con */
        delete: operations["delete_section_api_v1_plans__plan_id__sections__section_id__delete"];
        options?: never;
        head?: never;
        /** Sửa hoặc chuyển mục */
        patch: operations["update_section_api_v1_plans__plan_id__sections__section_id__patch"];
        trace?: never;
    };
    "/api/v1/plans/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đọc văn bản kế hoạch (dán, DOCX, PDF) thành bản đề xuất để rà soát; chưa tạo gì
         * @description The proposal is matched against the units the caller writes plans for (its commune's).
         */
        post: operations["import_plan_api_v1_plans_import_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/import/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạo dự thảo kế hoạch từ bản đề xuất đã rà soát (mục, nhiệm vụ, căn cứ)
         * @description All of it or nothing: a wrong part (a unit out of reach, a task placed in a section the
         *     draft lacks) is a 422 naming it, and nothing is created.
         */
        post: operations["create_draft_from_import_api_v1_plans_import_draft_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách kỳ báo cáo */
        get: operations["list_periods_api_v1_reporting_periods_get"];
        put?: never;
        /** Lập kỳ báo cáo (đột xuất, hằng quý của một đơn vị…) */
        post: operations["create_period_api_v1_reporting_periods_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-periods/{period_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một kỳ báo cáo */
        get: operations["get_period_api_v1_reporting_periods__period_id__get"];
        put?: never;
        post?: never;
        /** Xóa kỳ báo cáo (khi chưa đơn vị nào nộp) */
        delete: operations["delete_period_api_v1_reporting_periods__period_id__delete"];
        options?: never;
        head?: never;
        /** Sửa kỳ báo cáo */
        patch: operations["update_period_api_v1_reporting_periods__period_id__patch"];
        trace?: never;
    };
    "/api/v1/reporting-periods/{period_id}/commune-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tổng hợp báo cáo của xã từ báo cáo đã tiếp nhận của các đơn vị */
        post: operations["compile_commune_report_api_v1_reporting_periods__period_id__commune_report_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo của các đơn vị */
        get: operations["list_reports_api_v1_reports_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{report_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo của một đơn vị */
        get: operations["get_report_api_v1_reports__report_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Điền báo cáo của đơn vị (số liệu, nội dung theo nhiệm vụ) */
        patch: operations["update_report_api_v1_reports__report_id__patch"];
        trace?: never;
    };
    "/api/v1/reports/{report_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tiếp nhận báo cáo đã nộp */
        post: operations["accept_report_api_v1_reports__report_id__accept_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{report_id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả lại báo cáo đã nộp, kèm ý kiến */
        post: operations["return_report_api_v1_reports__report_id__return_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{report_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nộp báo cáo của đơn vị */
        post: operations["submit_report_api_v1_reports__report_id__submit_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/timeliness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tỷ lệ đúng hạn của từng đơn vị (nhiệm vụ và báo cáo) trong một kế hoạch */
        get: operations["unit_timeliness_api_v1_reports_timeliness_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách nhiệm vụ */
        get: operations["list_tasks_api_v1_tasks_get"];
        put?: never;
        /** Giao nhiệm vụ */
        post: operations["create_task_api_v1_tasks_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một nhiệm vụ */
        get: operations["get_task_api_v1_tasks__task_id__get"];
        put?: never;
        post?: never;
        /** Xóa nhiệm vụ */
        delete: operations["delete_task_api_v1_tasks__task_id__delete"];
        options?: never;
        head?: never;
        /** Sửa nhiệm vụ */
        patch: operations["update_task_api_v1_tasks__task_id__patch"];
        trace?: never;
    };
    "/api/v1/tasks/{task_id}/occurrences/{occurrence_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Gia hạn một kỳ thực hiện */
        patch: operations["extend_occurrence_api_v1_tasks__task_id__occurrences__occurrence_id__patch"];
        trace?: never;
    };
    "/api/v1/tasks/{task_id}/occurrences/{occurrence_id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác nhận hoàn thành một kỳ */
        post: operations["confirm_completion_api_v1_tasks__task_id__occurrences__occurrence_id__confirm_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{task_id}/occurrences/{occurrence_id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả lại báo cáo hoàn thành một kỳ */
        post: operations["return_claim_api_v1_tasks__task_id__occurrences__occurrence_id__return_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{task_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu đã xem nhiệm vụ mới được giao */
        post: operations["mark_task_read_api_v1_tasks__task_id__read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{task_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khôi phục nhiệm vụ */
        post: operations["restore_task_api_v1_tasks__task_id__restore_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{task_id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch sử cập nhật tiến độ */
        get: operations["list_updates_api_v1_tasks__task_id__updates_get"];
        put?: never;
        /** Cập nhật tiến độ */
        post: operations["report_progress_api_v1_tasks__task_id__updates_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bảng nhiệm vụ (XLSX, CSV) theo cùng bộ lọc, những nhiệm vụ bạn được xem */
        get: operations["export_tasks_api_v1_tasks_export_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhiệm vụ mới giao cho đơn vị của tôi mà tôi chưa xem */
        get: operations["task_notices_api_v1_tasks_notices_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/notices/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu đã xem mọi nhiệm vụ mới của tôi */
        post: operations["mark_all_notices_read_api_v1_tasks_notices_read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số kỳ thực hiện theo trạng thái của từng đơn vị */
        get: operations["task_summary_api_v1_tasks_summary_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách đơn vị */
        get: operations["list_units_api_v1_units_get"];
        put?: never;
        /** Thêm đơn vị */
        post: operations["create_unit_api_v1_units_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unit_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một đơn vị */
        get: operations["get_unit_api_v1_units__unit_id__get"];
        put?: never;
        post?: never;
        /** Xóa đơn vị */
        delete: operations["delete_unit_api_v1_units__unit_id__delete"];
        options?: never;
        head?: never;
        /** Sửa đơn vị */
        patch: operations["update_unit_api_v1_units__unit_id__patch"];
        trace?: never;
    };
    "/api/v1/units/{unit_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khôi phục đơn vị đã xóa */
        post: operations["restore_unit_api_v1_units__unit_id__restore_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cây đơn vị */
        get: operations["unit_tree_api_v1_units_tree_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách người dùng */
        get: operations["list_users_api_v1_users_get"];
        put?: never;
        /** Thêm người dùng */
        post: operations["create_user_api_v1_users_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một người dùng */
        get: operations["get_user_api_v1_users__user_id__get"];
        put?: never;
        post?: never;
        /** Xóa (khóa) người dùng */
        delete: operations["delete_user_api_v1_users__user_id__delete"];
        options?: never;
        head?: never;
        /** Sửa người dùng */
        patch: operations["update_user_api_v1_users__user_id__patch"];
        trace?: never;
    };
    "/api/v1/users/{user_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khôi phục người dùng đã xóa */
        post: operations["restore_user_api_v1_users__user_id__restore_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Acknowledgement */
        Acknowledgement: {
            /**
             * Note
             * @default
             */
            note: string;
        };
        /** ActionCreate */
        ActionCreate: {
            /**
             * Evidence Id
             * @description Tài liệu đã tải lên của vụ việc
             */
            evidence_id?: number | null;
            kind: components["schemas"]["ActionKind"];
            /**
             * Link
             * @description Đường dẫn bài phản bác, văn bản…
             */
            link?: string | null;
            /**
             * Result
             * @default
             */
            result: string;
            /**
             * Taken On
             * Format: date
             * @description Ngày thực hiện (không sau hôm nay)
             */
            taken_on: string;
            /**
             * Task Id
             * @description Nhiệm vụ của kế hoạch mà biện pháp này là tiến độ
             */
            task_id?: number | null;
            /**
             * Unit Id
             * @description Đơn vị thực hiện; mặc định: của bạn
             */
            unit_id?: number | null;
        };
        /**
         * ActionKind
         * @enum {string}
         */
        ActionKind: "rebuttal_post" | "radio_broadcast" | "meeting" | "takedown_request" | "police_report" | "superior_report" | "sanction_proposal" | "monitoring";
        /** ActionRead */
        ActionRead: {
            /** Author Name */
            author_name: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Evidence Id */
            evidence_id: number | null;
            /** Id */
            id: number;
            kind: components["schemas"]["ActionKind"];
            /** Link */
            link: string | null;
            /** Result */
            result: string;
            /**
             * Taken On
             * Format: date
             */
            taken_on: string;
            /** Task Id */
            task_id: number | null;
            /** Task Update Id */
            task_update_id: number | null;
            /** Unit Id */
            unit_id: number;
        };
        /** AssigneeRead */
        AssigneeRead: {
            role: components["schemas"]["AssigneeRole"];
            /** Unit Id */
            unit_id: number;
            /** Unit Name */
            unit_name: string;
        };
        /**
         * AssigneeRole
         * @enum {string}
         */
        AssigneeRole: "lead" | "cooperating";
        /** AuditEventRead */
        AuditEventRead: {
            /** Action */
            action: string;
            /** Actor User Id */
            actor_user_id: number | null;
            /** Actor Username */
            actor_username: string | null;
            /** After Digest */
            after_digest: string | null;
            /** Before Digest */
            before_digest: string | null;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /** Hash */
            hash: string;
            /** Id */
            id: number;
            /** Object Id */
            object_id: string | null;
            /** Object Type */
            object_type: string | null;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /** Request Id */
            request_id: string | null;
        };
        /** Body_add_evidence_api_v1_incidents__incident_id__evidence_post */
        Body_add_evidence_api_v1_incidents__incident_id__evidence_post: {
            /**
             * Captured At
             * @description Thời điểm chụp, ISO 8601 có múi giờ
             */
            captured_at?: string | null;
            /**
             * File
             * @description Ảnh chụp màn hình, ảnh, PDF, video ngắn
             */
            file: string;
        };
        /** Body_import_plan_api_v1_plans_import_post */
        Body_import_plan_api_v1_plans_import_post: {
            /**
             * File
             * @description Tệp DOCX, PDF có lớp chữ, hoặc TXT
             */
            file?: string | null;
            /**
             * Text
             * @description Hoặc nội dung dán vào
             */
            text?: string | null;
        };
        /** Body_log_in_api_v1_auth_login_post */
        Body_log_in_api_v1_auth_login_post: {
            /** Client Id */
            client_id?: string | null;
            /**
             * Client Secret
             * Format: password
             */
            client_secret?: string | null;
            /** Grant Type */
            grant_type?: string | null;
            /**
             * Password
             * Format: password
             */
            password: string;
            /**
             * Scope
             * @default
             */
            scope: string;
            /** Username */
            username: string;
        };
        /** Body_upload_document_api_v1_media_interactions__interaction_id__documents_post */
        Body_upload_document_api_v1_media_interactions__interaction_id__documents_post: {
            /**
             * File
             * @description Tệp tài liệu
             */
            file: string;
        };
        /**
         * CalendarTokenCreated
         * @description The new address of the caller's calendar feed: shown this once, stored only hashed.
         */
        CalendarTokenCreated: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Url */
            url: string;
        };
        /**
         * CalendarTokenStatus
         * @description Whether the caller has a calendar address, since when, and when it was last fetched
         *     (never the address itself: it is shown once, when made).
         */
        CalendarTokenStatus: {
            /** Created At */
            created_at?: string | null;
            /** Exists */
            exists: boolean;
            /** Last Used At */
            last_used_at?: string | null;
            /** Version */
            version?: number | null;
        };
        /**
         * Category
         * @enum {string}
         */
        Category: "party_state_policy" | "sovereignty" | "democracy_rights_religion" | "local_government" | "local_socio_economic" | "disasters_health" | "fraud" | "other";
        /**
         * ClaimReturn
         * @description Why a completion claim goes back to the lead unit.
         */
        ClaimReturn: {
            /** Comment */
            comment: string;
        };
        /**
         * Classification
         * @enum {string}
         */
        Classification: "public" | "internal" | "confidential";
        /** CommuneDashboard */
        CommuneDashboard: {
            /**
             * Commune Id
             * @description Đơn vị ban hành kế hoạch
             */
            commune_id: number;
            /** Commune Name */
            commune_name: string;
            /**
             * Incidents By Month
             * @description Vụ việc thông tin sai lệch của xã trong năm của kế hoạch
             */
            incidents_by_month: components["schemas"]["MonthlyCount"][];
            /** Plan Id */
            plan_id: number;
            /** Plan Title */
            plan_title: string;
            /**
             * Press By Month
             * @description Hoạt động báo chí của xã trong năm của kế hoạch
             */
            press_by_month: components["schemas"]["MonthlyInteractionCount"][];
            /**
             * Reports Due
             * @description Kỳ báo cáo chưa được cấp trên tiếp nhận
             */
            reports_due: components["schemas"]["ReportDue"][];
            /**
             * Task Statuses
             * @description Số kỳ thực hiện theo trạng thái của từng đơn vị chủ trì
             */
            task_statuses: components["schemas"]["UnitStatusCounts"][];
            /** Timeliness */
            timeliness: components["schemas"]["UnitTimeliness"][];
        };
        /** CommuneReportDetail */
        CommuneReportDetail: {
            /**
             * Commune Id
             * @description Xã báo cáo (đơn vị ban hành kế hoạch)
             */
            commune_id: number;
            /** Commune Name */
            commune_name: string;
            /**
             * Compiled At
             * Format: date-time
             */
            compiled_at: string;
            /** Difficulties */
            difficulties: string;
            /**
             * Figures
             * @description Tổng số liệu của các báo cáo đã tiếp nhận
             */
            figures: {
                [key: string]: number;
            };
            /** History */
            history: components["schemas"]["CommuneReportEventRead"][];
            /** Id */
            id: number;
            /**
             * Number
             * @description Số và ký hiệu, ví dụ 12/BC-UBND: lấy khi gửi lần đầu; null trước đó
             */
            number: string | null;
            /** Parts */
            parts: components["schemas"]["CompiledPart"][];
            /**
             * Period Due On
             * Format: date
             * @description Hạn gửi báo cáo lên cấp trên
             */
            period_due_on: string;
            /**
             * Period Ends On
             * Format: date
             * @description Ngày chốt số liệu của kỳ
             */
            period_ends_on: string;
            /** Period Id */
            period_id: number;
            period_kind: components["schemas"]["PeriodKind"];
            /**
             * Period Label
             * @description Tên kỳ báo cáo, ví dụ Báo cáo sơ kết 6 tháng
             */
            period_label: string;
            /**
             * Period Starts On
             * Format: date
             */
            period_starts_on: string;
            /** Proposals */
            proposals: string;
            /**
             * Results
             * @description Kết quả thực hiện, tổng hợp từ báo cáo các đơn vị
             */
            results: string;
            /** Sent At */
            sent_at: string | null;
            status: components["schemas"]["CommuneReportStatus"];
            /** Task Statuses */
            task_statuses: components["schemas"]["UnitTaskStatuses"][];
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** CommuneReportEventRead */
        CommuneReportEventRead: {
            /** Actor Name */
            actor_name: string;
            /** Actor User Id */
            actor_user_id: number | null;
            /** Comment */
            comment: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            from_status: components["schemas"]["CommuneReportStatus"] | null;
            to_status: components["schemas"]["CommuneReportStatus"];
        };
        /** CommuneReportNote */
        CommuneReportNote: {
            /**
             * Comment
             * @default
             */
            comment: string;
        };
        /** CommuneReportRead */
        CommuneReportRead: {
            /**
             * Commune Id
             * @description Xã báo cáo (đơn vị ban hành kế hoạch)
             */
            commune_id: number;
            /** Commune Name */
            commune_name: string;
            /**
             * Compiled At
             * Format: date-time
             */
            compiled_at: string;
            /** Difficulties */
            difficulties: string;
            /**
             * Figures
             * @description Tổng số liệu của các báo cáo đã tiếp nhận
             */
            figures: {
                [key: string]: number;
            };
            /** Id */
            id: number;
            /**
             * Number
             * @description Số và ký hiệu, ví dụ 12/BC-UBND: lấy khi gửi lần đầu; null trước đó
             */
            number: string | null;
            /** Parts */
            parts: components["schemas"]["CompiledPart"][];
            /**
             * Period Due On
             * Format: date
             * @description Hạn gửi báo cáo lên cấp trên
             */
            period_due_on: string;
            /**
             * Period Ends On
             * Format: date
             * @description Ngày chốt số liệu của kỳ
             */
            period_ends_on: string;
            /** Period Id */
            period_id: number;
            period_kind: components["schemas"]["PeriodKind"];
            /**
             * Period Label
             * @description Tên kỳ báo cáo, ví dụ Báo cáo sơ kết 6 tháng
             */
            period_label: string;
            /**
             * Period Starts On
             * Format: date
             */
            period_starts_on: string;
            /** Proposals */
            proposals: string;
            /**
             * Results
             * @description Kết quả thực hiện, tổng hợp từ báo cáo các đơn vị
             */
            results: string;
            /** Sent At */
            sent_at: string | null;
            status: components["schemas"]["CommuneReportStatus"];
            /** Task Statuses */
            task_statuses: components["schemas"]["UnitTaskStatuses"][];
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** CommuneReportReturn */
        CommuneReportReturn: {
            /**
             * Comment
             * @description Lý do trả lại, điều cần sửa
             */
            comment: string;
        };
        /**
         * CommuneReportStatus
         * @enum {string}
         */
        CommuneReportStatus: "draft" | "approved" | "sent" | "accepted" | "returned";
        /** CommuneReportUpdate */
        CommuneReportUpdate: {
            /** Difficulties */
            difficulties?: string | null;
            /** Proposals */
            proposals?: string | null;
            /** Results */
            results?: string | null;
            /** Title */
            title?: string | null;
        };
        /**
         * CommuneRow
         * @description One commune under the superior, for the period of the chosen kind and year.
         */
        CommuneRow: {
            /** Commune Id */
            commune_id: number;
            /** Commune Name */
            commune_name: string;
            /** Due On */
            due_on: string | null;
            /**
             * Incidents Escalated Open
             * @description Vụ việc báo cáo lên cấp trên chưa xong
             */
            incidents_escalated_open: number;
            /** Label */
            label: string | null;
            /**
             * Late
             * @description Quá hạn mà chưa gửi (hoặc bị trả lại), hoặc gửi sau hạn
             */
            late: boolean;
            /**
             * Period Id
             * @description Kỳ báo cáo của loại và năm đã chọn (loại có nhiều kỳ trong năm, như hằng quý: kỳ đến hạn gần nhất, hoặc kỳ sắp đến hạn khi chưa kỳ nào đến hạn)
             */
            period_id: number | null;
            /**
             * Plan Id
             * @description Kế hoạch của xã trong năm; null: chưa có
             */
            plan_id: number | null;
            /** Plan Title */
            plan_title: string | null;
            /** Report Id */
            report_id: number | null;
            report_status: components["schemas"]["SuperiorReportStatus"];
            /** Sent At */
            sent_at: string | null;
            /** Tasks Done */
            tasks_done: number;
            /** Tasks Overdue */
            tasks_overdue: number;
            /**
             * Tasks Total
             * @description Nhiệm vụ của kế hoạch (trừ nhiệm vụ đã hủy)
             */
            tasks_total: number;
        };
        /**
         * CompiledPart
         * @description A unit's part as it stood when the commune's report was compiled.
         */
        CompiledPart: {
            /** On Time */
            on_time: boolean | null;
            status: components["schemas"]["UnitReportStatus"];
            /** Unit Id */
            unit_id: number;
            /** Unit Name */
            unit_name: string;
        };
        /** CompletionConfirmation */
        CompletionConfirmation: {
            /**
             * Completed On
             * @description Mặc định: ngày đơn vị báo hoàn thành
             */
            completed_on?: string | null;
        };
        /** ContactCreate */
        ContactCreate: {
            /** Beats */
            beats?: string[];
            /** Emails */
            emails?: string[];
            /** Full Name */
            full_name: string;
            /** Outlet Id */
            outlet_id?: number | null;
            /**
             * Personal Data Basis
             * @description Căn cứ pháp lý hoặc ghi chú đồng ý lưu dữ liệu cá nhân (Luật 91/2025/QH15)
             */
            personal_data_basis: string;
            /** Phones */
            phones?: string[];
            /** Position */
            position?: string | null;
            /** Press Card Number */
            press_card_number?: string | null;
            /**
             * Review By
             * @description Ngày rà soát lại hoặc xóa
             */
            review_by?: string | null;
            /**
             * Unit Id
             * @description Xã (phường) lưu phóng viên này; mặc định: xã của bạn
             */
            unit_id?: number | null;
        };
        /** ContactMerge */
        ContactMerge: {
            /**
             * Into Id
             * @description Phóng viên được giữ lại
             */
            into_id: number;
        };
        /**
         * ContactRead
         * @description A contact as the caller may read it: phones, e-mails and the press card come back
         *     redacted (`redacted: true`) for whoever may not read personal data.
         */
        ContactRead: {
            /** Beats */
            beats: string[];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deleted At */
            deleted_at: string | null;
            /**
             * Duplicate Of Ids
             * @description Phóng viên khác của cùng xã có chung số điện thoại hoặc thư điện tử
             */
            duplicate_of_ids: number[];
            /** Emails */
            emails: string[];
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
            /**
             * Last Contacted On
             * @description Ngày của hoạt động gần nhất với phóng viên
             */
            last_contacted_on: string | null;
            /** Merged Into Id */
            merged_into_id: number | null;
            /** Outlet Id */
            outlet_id: number | null;
            /** Personal Data Basis */
            personal_data_basis: string;
            /** Phones */
            phones: string[];
            /** Position */
            position: string | null;
            /** Press Card Number */
            press_card_number: string | null;
            /** Redacted */
            redacted: boolean;
            /** Review By */
            review_by: string | null;
            /** Unit Id */
            unit_id: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** ContactUpdate */
        ContactUpdate: {
            /** Beats */
            beats?: string[] | null;
            /** Emails */
            emails?: string[] | null;
            /** Full Name */
            full_name?: string | null;
            /** Outlet Id */
            outlet_id?: number | null;
            /** Personal Data Basis */
            personal_data_basis?: string | null;
            /** Phones */
            phones?: string[] | null;
            /** Position */
            position?: string | null;
            /** Press Card Number */
            press_card_number?: string | null;
            /** Review By */
            review_by?: string | null;
        };
        /**
         * CountedFigures
         * @description Counted from the records, never entered: live while the part can change, as counted at
         *     its submission afterwards.
         */
        CountedFigures: {
            /**
             * Incidents Handled
             * @description Vụ việc thông tin sai lệch đơn vị đã xử lý (có biện pháp) trong kỳ
             */
            incidents_handled: number;
            /**
             * Press Interactions
             * @description Hoạt động báo chí của đơn vị trong kỳ
             */
            press_interactions: number;
        };
        /**
         * Decision
         * @enum {string}
         */
        Decision: "none" | "reminder" | "commitment" | "warning" | "fine" | "criminal_referral";
        /** DocumentFormats */
        DocumentFormats: {
            /**
             * Docx
             * @description Luôn có
             */
            docx: boolean;
            /**
             * Pdf
             * @description Khi máy chủ có LibreOffice
             */
            pdf: boolean;
        };
        /** DocumentRead */
        DocumentRead: {
            /** Content Type */
            content_type: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Filename */
            filename: string;
            /** Id */
            id: number;
            /** Sha256 */
            sha256: string;
            /** Size Bytes */
            size_bytes: number;
            /** Uploaded By Name */
            uploaded_by_name: string;
        };
        /**
         * EnteredFigures
         * @description The figures a unit enters; null: not entered.
         */
        EnteredFigures: {
            /**
             * Budget Spent
             * @description Kinh phí đã chi (đồng)
             */
            budget_spent: number | null;
            /**
             * Events Held
             * @description Số sự kiện, hội nghị tổ chức
             */
            events_held: number | null;
            /**
             * News Items Aired
             * @description Số tin, bài phát thanh
             */
            news_items_aired: number | null;
            /**
             * People Trained
             * @description Số người được tập huấn, bồi dưỡng
             */
            people_trained: number | null;
            /**
             * Website Posts
             * @description Số tin, bài đăng trang thông tin điện tử
             */
            website_posts: number | null;
        };
        /** Escalation */
        Escalation: {
            /** Reason */
            reason: string;
        };
        /**
         * EventKind
         * @enum {string}
         */
        EventKind: "reported" | "sighting" | "transition" | "verdict" | "edited" | "escalated" | "acknowledged" | "action" | "evidence_added" | "evidence_removed";
        /** EventRead */
        EventRead: {
            /** Author Name */
            author_name: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            from_status: components["schemas"]["IncidentStatus"] | null;
            /** Id */
            id: number;
            kind: components["schemas"]["EventKind"];
            /** Reason */
            reason: string;
            to_status: components["schemas"]["IncidentStatus"] | null;
        };
        /** EvidenceRead */
        EvidenceRead: {
            /** Captured At */
            captured_at: string | null;
            /** Content Type */
            content_type: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Filename */
            filename: string;
            /** Has Preview */
            has_preview: boolean;
            /** Id */
            id: number;
            /**
             * May Download
             * @description Bạn được tải bản gốc (người xử lý, người tải lên)
             */
            may_download: boolean;
            /** Removal Reason */
            removal_reason: string | null;
            /** Removed At */
            removed_at: string | null;
            /** Sha256 */
            sha256: string;
            /** Size Bytes */
            size_bytes: number;
            /** Uploaded By Name */
            uploaded_by_name: string;
        };
        /** EvidenceRemoval */
        EvidenceRemoval: {
            /** Reason */
            reason: string;
        };
        /**
         * ExportFormat
         * @enum {string}
         */
        ExportFormat: "xlsx" | "csv";
        /** Figure */
        Figure: {
            /** Name */
            name: string;
            /** Value */
            value: number;
        };
        /** FollowUpRead */
        FollowUpRead: {
            /** Answer */
            answer: string | null;
            /** Answered On */
            answered_on: string | null;
            /** Due On */
            due_on: string | null;
            /**
             * Overdue
             * @description Chưa trả lời mà đã quá hạn
             */
            overdue: boolean;
            status: components["schemas"]["FollowUpStatus"];
            /**
             * Steps
             * @description Các bước đã qua (chỉ có khi đọc một hoạt động)
             */
            steps: components["schemas"]["FollowUpStepRead"][];
        };
        /**
         * FollowUpStatus
         * @description The steps of a press report's follow-up, taken one after another.
         * @enum {string}
         */
        FollowUpStatus: "received" | "verifying" | "handled" | "answered";
        /** FollowUpStep */
        FollowUpStep: {
            /**
             * Answer
             * @description Nội dung đã trả lời báo chí (bắt buộc khi trả lời)
             */
            answer?: string | null;
            /**
             * Answered On
             * @description Ngày trả lời; mặc định hôm nay
             */
            answered_on?: string | null;
            /**
             * Note
             * @default
             */
            note: string;
            /** @description Bước tiếp theo (không bỏ bước, không lùi) */
            status: components["schemas"]["FollowUpStatus"];
        };
        /** FollowUpStepRead */
        FollowUpStepRead: {
            /** Author Name */
            author_name: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Note */
            note: string;
            status: components["schemas"]["FollowUpStatus"];
        };
        /**
         * Frequency
         * @enum {string}
         */
        Frequency: "monthly" | "quarterly" | "semiannual" | "yearly";
        /**
         * IncidentCreate
         * @description A report of false or distorted information. A report whose address matches an open
         *     incident of the same commune joins it as another sighting.
         */
        IncidentCreate: {
            /**
             * Account Name
             * @description Tài khoản, trang đăng tin
             */
            account_name?: string | null;
            category: components["schemas"]["Category"];
            /** @default internal */
            classification: components["schemas"]["Classification"];
            /** Comments */
            comments?: number | null;
            /**
             * Detected At
             * Format: date-time
             * @description Thời điểm phát hiện (không sau bây giờ)
             */
            detected_at: string;
            platform: components["schemas"]["Platform"];
            /**
             * Reporting Unit Id
             * @description Đơn vị báo tin; mặc định: đơn vị của bạn
             */
            reporting_unit_id?: number | null;
            /** @default commune */
            scope: components["schemas"]["Scope"];
            /** @default medium */
            severity: components["schemas"]["Severity"];
            /** Shares */
            shares?: number | null;
            /**
             * Summary
             * @default
             */
            summary: string;
            /** Title */
            title: string;
            /** Urls */
            urls?: string[];
            /** Views */
            views?: number | null;
        };
        /** IncidentPatch */
        IncidentPatch: {
            /** Account Name */
            account_name?: string | null;
            category?: components["schemas"]["Category"] | null;
            classification?: components["schemas"]["Classification"] | null;
            /** Comments */
            comments?: number | null;
            platform?: components["schemas"]["Platform"] | null;
            scope?: components["schemas"]["Scope"] | null;
            severity?: components["schemas"]["Severity"] | null;
            /** Shares */
            shares?: number | null;
            /** Summary */
            summary?: string | null;
            /** Title */
            title?: string | null;
            /** Urls */
            urls?: string[] | null;
            /** @description Kết luận (chỉ sau khi đã bắt đầu xác minh) */
            verdict?: components["schemas"]["Verdict"] | null;
            /** Views */
            views?: number | null;
        };
        /**
         * IncidentRead
         * @description An incident as the caller may read it, with what the caller may do next.
         */
        IncidentRead: {
            /** Account Name */
            account_name: string | null;
            /** Acknowledged At */
            acknowledged_at: string | null;
            category: components["schemas"]["Category"];
            classification: components["schemas"]["Classification"];
            /** Code */
            code: string;
            /** Comments */
            comments: number | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deleted At */
            deleted_at: string | null;
            /**
             * Detected At
             * Format: date-time
             */
            detected_at: string;
            /** Escalated At */
            escalated_at: string | null;
            /** Id */
            id: number;
            /** May Acknowledge */
            may_acknowledge: boolean;
            /** May Add Evidence */
            may_add_evidence: boolean;
            /** May Delete */
            may_delete: boolean;
            /** May Edit */
            may_edit: boolean;
            /** May Escalate */
            may_escalate: boolean;
            /**
             * Next Statuses
             * @description Trạng thái bạn có thể chuyển sang
             */
            next_statuses: components["schemas"]["IncidentStatus"][];
            /**
             * People Count
             * @description Số người liên quan (chi tiết chỉ Công an xã xem)
             */
            people_count: number;
            platform: components["schemas"]["Platform"];
            /**
             * Reported By Me
             * @description Bạn đã báo tin vụ việc này (lần đầu hoặc báo trùng)
             */
            reported_by_me: boolean;
            /** Reported By Name */
            reported_by_name: string;
            /** Reporting Unit Id */
            reporting_unit_id: number;
            scope: components["schemas"]["Scope"];
            severity: components["schemas"]["Severity"];
            /** Shares */
            shares: number | null;
            /**
             * Sightings
             * @description Số lần được báo tin (lần đầu và các lần báo trùng)
             */
            sightings: number;
            status: components["schemas"]["IncidentStatus"];
            /** Summary */
            summary: string;
            /**
             * Timeline
             * @description Diễn biến (chỉ khi đọc một vụ việc)
             */
            timeline: components["schemas"]["EventRead"][];
            /** Title */
            title: string;
            /**
             * Unit Id
             * @description Xã (phường) của vụ việc
             */
            unit_id: number;
            /** Unit Name */
            unit_name: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Urls */
            urls: string[];
            verdict: components["schemas"]["Verdict"] | null;
            /** Version */
            version: number;
            /** Views */
            views: number | null;
        };
        /**
         * IncidentStatus
         * @enum {string}
         */
        IncidentStatus: "new" | "verifying" | "confirmed" | "dismissed" | "responding" | "resolved" | "closed";
        /** IncidentSummary */
        IncidentSummary: {
            /** By Month */
            by_month: components["schemas"]["MonthlyCount"][];
            /** By Status */
            by_status: {
                [key: string]: number;
            };
            /** Escalated Open */
            escalated_open: number;
            /** Total */
            total: number;
        };
        /** InteractionCount */
        InteractionCount: {
            /** By Kind */
            by_kind: {
                [key: string]: number;
            };
            /**
             * Follow Up Open
             * @description Phản ánh của báo chí chưa trả lời
             */
            follow_up_open: number;
            /**
             * Overdue
             * @description Phản ánh của báo chí chưa trả lời đã quá hạn
             */
            overdue: number;
            /** Total */
            total: number;
            /**
             * Unit Id
             * @description Xã (phường)
             */
            unit_id: number;
            /** Unit Name */
            unit_name: string;
        };
        /** InteractionCreate */
        InteractionCreate: {
            /** Contact Ids */
            contact_ids?: number[];
            /**
             * Due On
             * @description Hạn trả lời (chỉ với phản ánh của báo chí)
             */
            due_on?: string | null;
            /**
             * Incident Id
             * @description Vụ việc thông tin sai lệch mà hoạt động này liên quan
             */
            incident_id?: number | null;
            kind: components["schemas"]["InteractionKind"];
            /**
             * Occurred On
             * Format: date
             * @description Ngày diễn ra (không sau hôm nay)
             */
            occurred_on: string;
            /** Outlet Ids */
            outlet_ids?: number[];
            /** Published Links */
            published_links?: string[];
            /**
             * Spokesperson
             * @description Người phát ngôn: Chủ tịch UBND xã hoặc người được ủy quyền
             */
            spokesperson?: string | null;
            /**
             * Summary
             * @default
             */
            summary: string;
            /**
             * Task Id
             * @description Nhiệm vụ của kế hoạch mà hoạt động này là tiến độ
             */
            task_id?: number | null;
            /** Topic */
            topic: string;
            /**
             * Unit Id
             * @description Đơn vị thực hiện (văn phòng, khu dân cư…); mặc định: đơn vị của bạn
             */
            unit_id?: number | null;
        };
        /**
         * InteractionKind
         * @enum {string}
         */
        InteractionKind: "press_conference" | "press_release" | "interview" | "information_on_request" | "press_report" | "field_visit_support";
        /**
         * InteractionRead
         * @description An interaction as the caller may read it. Its reporters are named only to those who
         *     read the commune's contacts (never to the superior level).
         */
        InteractionRead: {
            /** Contacts */
            contacts: components["schemas"]["NamedRef"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deleted At */
            deleted_at: string | null;
            /**
             * Documents
             * @description Chỉ có khi đọc một hoạt động
             */
            documents: components["schemas"]["DocumentRead"][];
            follow_up: components["schemas"]["FollowUpRead"] | null;
            /** Id */
            id: number;
            /** Incident Id */
            incident_id: number | null;
            kind: components["schemas"]["InteractionKind"];
            /**
             * Occurred On
             * Format: date
             */
            occurred_on: string;
            /** Outlets */
            outlets: components["schemas"]["NamedRef"][];
            /** Published Links */
            published_links: string[];
            /** Spokesperson */
            spokesperson: string | null;
            /** Summary */
            summary: string;
            /** Task Id */
            task_id: number | null;
            /** Task Update Id */
            task_update_id: number | null;
            /** Topic */
            topic: string;
            /** Unit Id */
            unit_id: number;
            /** Unit Name */
            unit_name: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** InteractionSummary */
        InteractionSummary: {
            /** Communes */
            communes: components["schemas"]["InteractionCount"][];
            /** Total */
            total: number;
        };
        /** InteractionUpdate */
        InteractionUpdate: {
            /** Contact Ids */
            contact_ids?: number[] | null;
            /** Due On */
            due_on?: string | null;
            /** Incident Id */
            incident_id?: number | null;
            kind?: components["schemas"]["InteractionKind"] | null;
            /** Occurred On */
            occurred_on?: string | null;
            /** Outlet Ids */
            outlet_ids?: number[] | null;
            /** Published Links */
            published_links?: string[] | null;
            /** Spokesperson */
            spokesperson?: string | null;
            /** Summary */
            summary?: string | null;
            /** Topic */
            topic?: string | null;
        };
        /** LegalReferenceCreate */
        LegalReferenceCreate: {
            /**
             * In Force
             * @default true
             */
            in_force: boolean;
            /** Issued On */
            issued_on?: string | null;
            /**
             * Issuer
             * @description Cơ quan ban hành, ví dụ Chính phủ
             */
            issuer?: string | null;
            kind: components["schemas"]["LegalReferenceKind"];
            /**
             * Number
             * @description Ví dụ 72/2015/NĐ-CP
             */
            number?: string | null;
            /**
             * Title
             * @description Trích yếu
             * @default
             */
            title: string;
        };
        /**
         * LegalReferenceKind
         * @enum {string}
         */
        LegalReferenceKind: "law" | "decree" | "circular" | "decision" | "directive" | "plan" | "programme" | "resolution" | "scheme" | "convention" | "official_letter" | "other";
        /** LegalReferenceRead */
        LegalReferenceRead: {
            /**
             * Citation
             * @description Ví dụ: Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của …
             */
            citation: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** In Force */
            in_force: boolean;
            /** Issued On */
            issued_on: string | null;
            /** Issuer */
            issuer: string;
            kind: components["schemas"]["LegalReferenceKind"];
            /** Number */
            number: string | null;
            /** Superseded By Id */
            superseded_by_id: number | null;
            /** Title */
            title: string;
            /**
             * Unit Id
             * @description Đơn vị đã nhập văn bản (được sửa văn bản này)
             */
            unit_id: number | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** LegalReferenceUpdate */
        LegalReferenceUpdate: {
            /** In Force */
            in_force?: boolean | null;
            /** Issued On */
            issued_on?: string | null;
            /** Issuer */
            issuer?: string | null;
            kind?: components["schemas"]["LegalReferenceKind"] | null;
            /** Number */
            number?: string | null;
            /**
             * Superseded By Id
             * @description Văn bản thay thế
             */
            superseded_by_id?: number | null;
            /** Title */
            title?: string | null;
        };
        /** MembershipIn */
        MembershipIn: {
            role: components["schemas"]["Role"];
            /** Unit Id */
            unit_id: number;
        };
        /** MembershipRead */
        MembershipRead: {
            role: components["schemas"]["Role"];
            /** Unit Id */
            unit_id: number;
        };
        /** MeRead */
        MeRead: {
            /** Capabilities */
            capabilities: string[];
            /** Email */
            email: string | null;
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
            /** Phone */
            phone: string | null;
            /** Roles */
            roles: components["schemas"]["Role"][];
            /** Units */
            units: components["schemas"]["MeUnit"][];
            /** Username */
            username: string;
        };
        /** MeUnit */
        MeUnit: {
            /** Code */
            code: string;
            /** Functions */
            functions: components["schemas"]["UnitFunction"][];
            /** Id */
            id: number;
            /** Kind */
            kind: string;
            /** Name */
            name: string;
            role: components["schemas"]["Role"];
        };
        /** MonthlyCount */
        MonthlyCount: {
            category: components["schemas"]["Category"];
            /** Count */
            count: number;
            /**
             * Month
             * @description YYYY-MM
             */
            month: string;
        };
        /** MonthlyInteractionCount */
        MonthlyInteractionCount: {
            /** Count */
            count: number;
            kind: components["schemas"]["InteractionKind"];
            /**
             * Month
             * @description YYYY-MM
             */
            month: string;
        };
        /** NamedRef */
        NamedRef: {
            /** Id */
            id: number;
            /** Name */
            name: string;
        };
        /** NarrativeIn */
        NarrativeIn: {
            /** Task Id */
            task_id: number;
            /**
             * Text
             * @description Để trống: dùng lại nội dung từ cập nhật tiến độ
             */
            text: string;
        };
        /** NarrativeRead */
        NarrativeRead: {
            /**
             * Prefilled
             * @description Chưa viết: nội dung lấy từ các cập nhật tiến độ của đơn vị trong kỳ
             */
            prefilled: boolean;
            /** Task Id */
            task_id: number;
            /** Task Title */
            task_title: string;
            /** Text */
            text: string;
        };
        /**
         * NotificationRead
         * @description A reminder to the caller: what is due, when, and where to see it in the app.
         */
        NotificationRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /** Id */
            id: number;
            /** Item Key */
            item_key: string;
            /** Kind */
            kind: string;
            /** Link */
            link: string;
            occasion: components["schemas"]["Occasion"];
            /** Read At */
            read_at: string | null;
            /** Title */
            title: string;
        };
        /**
         * Occasion
         * @enum {string}
         */
        Occasion: "before" | "overdue";
        /**
         * OccurrencePatch
         * @description An extension: the new due date; the original stays for judging lateness.
         */
        OccurrencePatch: {
            /**
             * Due On
             * Format: date
             */
            due_on: string;
        };
        /** OccurrenceRead */
        OccurrenceRead: {
            /** Claimed On */
            claimed_on: string | null;
            /** Completed On */
            completed_on: string | null;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /** Id */
            id: number;
            /** Label */
            label: string;
            /**
             * Original Due On
             * Format: date
             */
            original_due_on: string;
            /** Percent */
            percent: number;
            status: components["schemas"]["TaskStatus"];
            /** Unit Id */
            unit_id: number;
            /** Version */
            version: number;
        };
        /** OutletCreate */
        OutletCreate: {
            /** Address */
            address?: string | null;
            /** Email */
            email?: string | null;
            kind: components["schemas"]["OutletKind"];
            level: components["schemas"]["OutletLevel"];
            /** Name */
            name: string;
            /**
             * Notes
             * @default
             */
            notes: string;
            /** Phone */
            phone?: string | null;
            /** Website */
            website?: string | null;
        };
        /**
         * OutletKind
         * @enum {string}
         */
        OutletKind: "print" | "online" | "television" | "radio" | "news_agency" | "magazine";
        /**
         * OutletLevel
         * @enum {string}
         */
        OutletLevel: "central" | "provincial" | "local" | "foreign";
        /** OutletRead */
        OutletRead: {
            /** Address */
            address: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deleted At */
            deleted_at: string | null;
            /** Email */
            email: string | null;
            /** Id */
            id: number;
            kind: components["schemas"]["OutletKind"];
            level: components["schemas"]["OutletLevel"];
            /** Name */
            name: string;
            /** Notes */
            notes: string;
            /** Phone */
            phone: string | null;
            /**
             * Unit Id
             * @description Đơn vị đã nhập (và được sửa) cơ quan báo chí này
             */
            unit_id: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Website */
            website: string | null;
        };
        /** OutletUpdate */
        OutletUpdate: {
            /** Address */
            address?: string | null;
            /** Email */
            email?: string | null;
            kind?: components["schemas"]["OutletKind"] | null;
            level?: components["schemas"]["OutletLevel"] | null;
            /** Name */
            name?: string | null;
            /** Notes */
            notes?: string | null;
            /** Phone */
            phone?: string | null;
            /** Website */
            website?: string | null;
        };
        /** Page[AuditEventRead] */
        Page_AuditEventRead_: {
            /** Items */
            items: components["schemas"]["AuditEventRead"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** Page[CommuneReportRead] */
        Page_CommuneReportRead_: {
            /** Items */
            items: components["schemas"]["CommuneReportRead"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** Page[ContactRead] */
        Page_ContactRead_: {
            /** Items */
            items: components["schemas"]["ContactRead"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** Page[IncidentRead] */
        Page_IncidentRead_: {
            /** Items */
            items: components["schemas"]["IncidentRead"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** Page[InteractionRead] */
        Page_InteractionRead_: {
            /** Items */
            items: components["schemas"]["InteractionRead"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** Page[LegalReferenceRead] */
        Page_LegalReferenceRead_: {
            /** Items */
            items: components["schemas"]["LegalReferenceRead"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** Page[NotificationRead] */
        Page_NotificationRead_: {
            /** Items */
            items: components["schemas"]["NotificationRead"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** Page[OutletRead] */
        Page_OutletRead_: {
            /** Items */
            items: components["schemas"]["OutletRead"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** Page[PlanRead] */
        Page_PlanRead_: {
            /** Items */
            items: components["schemas"]["PlanRead"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** Page[ReportingPeriodRead] */
        Page_ReportingPeriodRead_: {
            /** Items */
            items: components["schemas"]["ReportingPeriodRead"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** Page[TaskListItem] */
        Page_TaskListItem_: {
            /** Items */
            items: components["schemas"]["TaskListItem"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** Page[TaskUpdateRead] */
        Page_TaskUpdateRead_: {
            /** Items */
            items: components["schemas"]["TaskUpdateRead"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** Page[UnitRead] */
        Page_UnitRead_: {
            /** Items */
            items: components["schemas"]["UnitRead"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** Page[UnitReportRead] */
        Page_UnitReportRead_: {
            /** Items */
            items: components["schemas"]["UnitReportRead"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** Page[UserRead] */
        Page_UserRead_: {
            /** Items */
            items: components["schemas"]["UserRead"][];
            /** Limit */
            limit: number;
            /** Next After */
            next_after?: string | null;
            /** Offset */
            offset: number;
            /** Total */
            total: number | null;
        };
        /** PasswordChange */
        PasswordChange: {
            /** Current Password */
            current_password: string;
            /** New Password */
            new_password: string;
        };
        /**
         * PeriodKind
         * @description The plan's reporting kinds (`plans.models.ReportingKind`), with `ad_hoc` for its
         *     `other`: a report the superior asks for outside the plan's calendar.
         * @enum {string}
         */
        PeriodKind: "quarterly" | "semiannual" | "yearly" | "ad_hoc";
        /** PersonCreate */
        PersonCreate: {
            /** Account Name */
            account_name?: string | null;
            /** Address */
            address?: string | null;
            /** Birth Year */
            birth_year?: number | null;
            /** Decided On */
            decided_on?: string | null;
            decision?: components["schemas"]["Decision"] | null;
            /** Decision Number */
            decision_number?: string | null;
            /** Fine Vnd */
            fine_vnd?: number | null;
            /** Full Name */
            full_name: string;
            /** Notes */
            notes?: string | null;
            role: components["schemas"]["PersonRole"];
        };
        /** PersonPatch */
        PersonPatch: {
            /** Account Name */
            account_name?: string | null;
            /** Address */
            address?: string | null;
            /** Birth Year */
            birth_year?: number | null;
            /** Decided On */
            decided_on?: string | null;
            decision?: components["schemas"]["Decision"] | null;
            /** Decision Number */
            decision_number?: string | null;
            /** Fine Vnd */
            fine_vnd?: number | null;
            /** Full Name */
            full_name?: string | null;
            /** Notes */
            notes?: string | null;
            role?: components["schemas"]["PersonRole"] | null;
        };
        /** PersonRead */
        PersonRead: {
            /** Account Name */
            account_name: string | null;
            /** Address */
            address: string | null;
            /** Birth Year */
            birth_year: number | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Decided On */
            decided_on: string | null;
            decision: components["schemas"]["Decision"];
            /** Decision Number */
            decision_number: string | null;
            /** Fine Vnd */
            fine_vnd: number | null;
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
            /** Incident Id */
            incident_id: number;
            /** Notes */
            notes: string;
            role: components["schemas"]["PersonRole"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /**
         * PersonRole
         * @enum {string}
         */
        PersonRole: "author" | "sharer" | "commenter";
        /** PlanCopy */
        PlanCopy: {
            /**
             * Year
             * @description Năm của kế hoạch mới; mặc định năm sau
             */
            year?: number | null;
        };
        /** PlanCreate */
        PlanCreate: {
            /**
             * Cited Reference Ids
             * @description Văn bản được dẫn trong nội dung, theo thứ tự
             */
            cited_reference_ids?: number[] | null;
            /**
             * Closing
             * @default
             */
            closing: string;
            /**
             * Introduction
             * @default
             */
            introduction: string;
            /** Legal Basis Ids */
            legal_basis_ids?: number[] | null;
            /**
             * Parent Plan Id
             * @description Kế hoạch cấp trên
             */
            parent_plan_id?: number | null;
            /**
             * Parent Reference Id
             * @description Văn bản cấp trên (khi kế hoạch đó không có ở đây)
             */
            parent_reference_id?: number | null;
            /**
             * Place
             * @description Địa danh, ví dụ Cao Xá
             */
            place?: string | null;
            /**
             * Recipients
             * @description Nơi nhận
             */
            recipients?: string[];
            /** Reporting Deadlines */
            reporting_deadlines?: components["schemas"]["ReportingDeadlineIn"][] | null;
            signer?: components["schemas"]["Signer"] | null;
            /**
             * Symbol
             * @description Ký hiệu, ví dụ KH-UBND
             * @default KH-UBND
             */
            symbol: string;
            /** Title */
            title: string;
            /**
             * Unit Id
             * @description Đơn vị ban hành
             */
            unit_id: number;
            /** Year */
            year: number;
        };
        /**
         * PlanDetail
         * @description A plan whole: its parent, căn cứ, deadlines, recipients, signer, purposes and
         *     requirements (the bodies of the sections with those roles).
         */
        PlanDetail: {
            /**
             * Cited References
             * @description Văn bản được dẫn trong nội dung, theo thứ tự
             */
            cited_references: components["schemas"]["LegalReferenceRead"][];
            /** Closing */
            closing: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deleted At */
            deleted_at: string | null;
            /** Id */
            id: number;
            /** Introduction */
            introduction: string;
            /** Issued On */
            issued_on: string | null;
            /**
             * Legal Bases
             * @description Căn cứ, theo thứ tự
             */
            legal_bases: components["schemas"]["LegalReferenceRead"][];
            /** Number */
            number: number | null;
            /**
             * Number Symbol
             * @description Ví dụ 38/KH-UBND; null khi còn dự thảo
             */
            number_symbol: string | null;
            parent_plan: components["schemas"]["PlanRef"] | null;
            /** Parent Plan Id */
            parent_plan_id: number | null;
            parent_reference: components["schemas"]["LegalReferenceRead"] | null;
            /** Parent Reference Id */
            parent_reference_id: number | null;
            /** Place */
            place: string;
            /** Purposes */
            purposes: string | null;
            /** Recipients */
            recipients: string[];
            /** Reporting Deadlines */
            reporting_deadlines: components["schemas"]["ReportingDeadlineRead"][];
            /** Requirements */
            requirements: string | null;
            signer: components["schemas"]["SignerRead"] | null;
            status: components["schemas"]["PlanStatus"];
            /** Symbol */
            symbol: string;
            /** Title */
            title: string;
            unit: components["schemas"]["UnitRef"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Year */
            year: number;
        };
        /** PlanIssue */
        PlanIssue: {
            /**
             * Issued On
             * @description Mặc định: hôm nay
             */
            issued_on?: string | null;
            /**
             * Number
             * @description Bỏ trống để lấy số tiếp theo của năm
             */
            number?: number | null;
        };
        /**
         * PlanRead
         * @description A plan as lists show it.
         */
        PlanRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deleted At */
            deleted_at: string | null;
            /** Id */
            id: number;
            /** Issued On */
            issued_on: string | null;
            /** Number */
            number: number | null;
            /**
             * Number Symbol
             * @description Ví dụ 38/KH-UBND; null khi còn dự thảo
             */
            number_symbol: string | null;
            /** Parent Plan Id */
            parent_plan_id: number | null;
            /** Parent Reference Id */
            parent_reference_id: number | null;
            /** Place */
            place: string;
            status: components["schemas"]["PlanStatus"];
            /** Symbol */
            symbol: string;
            /** Title */
            title: string;
            unit: components["schemas"]["UnitRef"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Year */
            year: number;
        };
        /** PlanRef */
        PlanRef: {
            /** Id */
            id: number;
            /** Number Symbol */
            number_symbol: string | null;
            /** Title */
            title: string;
        };
        /**
         * PlanStatus
         * @enum {string}
         */
        PlanStatus: "draft" | "issued" | "closed";
        /** PlanUpdate */
        PlanUpdate: {
            /**
             * Cited Reference Ids
             * @description Văn bản được dẫn trong nội dung, theo thứ tự
             */
            cited_reference_ids?: number[] | null;
            /** Closing */
            closing?: string | null;
            /** Introduction */
            introduction?: string | null;
            /** Legal Basis Ids */
            legal_basis_ids?: number[] | null;
            /**
             * Parent Plan Id
             * @description Kế hoạch cấp trên
             */
            parent_plan_id?: number | null;
            /**
             * Parent Reference Id
             * @description Văn bản cấp trên (khi kế hoạch đó không có ở đây)
             */
            parent_reference_id?: number | null;
            /** Place */
            place?: string | null;
            /** Recipients */
            recipients?: string[] | null;
            /** Reporting Deadlines */
            reporting_deadlines?: components["schemas"]["ReportingDeadlineIn"][] | null;
            signer?: components["schemas"]["Signer"] | null;
            /** Symbol */
            symbol?: string | null;
            /** Title */
            title?: string | null;
            /** Year */
            year?: number | null;
        };
        /**
         * Platform
         * @enum {string}
         */
        Platform: "facebook" | "tiktok" | "youtube" | "zalo" | "website" | "press" | "word_of_mouth" | "other";
        /**
         * PoliceFigures
         * @description A quarter's figures of Công an xã (seed plan III.8): counted from the incidents and the
         *     people dealt with, without naming anyone.
         */
        PoliceFigures: {
            /** Decisions */
            decisions: {
                [key: string]: number;
            };
            /** Fines Vnd */
            fines_vnd: number;
            /** Incidents Detected */
            incidents_detected: number;
            /**
             * Incidents Handled
             * @description Đã xử lý xong hoặc kết thúc trong quý
             */
            incidents_handled: number;
            /** People Dealt With */
            people_dealt_with: number;
            /** Quarter */
            quarter: number;
            /** Year */
            year: number;
        };
        /**
         * Priority
         * @enum {string}
         */
        Priority: "low" | "normal" | "high";
        /**
         * ProblemDetails
         * @description The body of every error answer (RFC 9457), sent as `application/problem+json`.
         */
        ProblemDetails: {
            /** Detail */
            detail: string;
            /** Errors */
            errors?: components["schemas"]["ProblemField"][] | null;
            /** Status */
            status: number;
            /** Title */
            title: string;
            /** Type */
            type: string;
        };
        /** ProblemField */
        ProblemField: {
            /** Loc */
            loc: string[];
            /** Msg */
            msg: string;
            /** Type */
            type: string;
        };
        /**
         * Proposal
         * @description The whole draft. An empty proposal (no sections, no units) comes with a `no_structure`
         *     warning saying why.
         */
        Proposal: {
            /**
             * Cited References
             * @description Văn bản được dẫn trong nội dung, theo thứ tự, mỗi văn bản một lần
             */
            cited_references: components["schemas"]["ProposedLegalReference"][];
            header: components["schemas"]["ProposedHeader"];
            /**
             * Legal Bases
             * @description Căn cứ, theo thứ tự
             */
            legal_bases: components["schemas"]["ProposedLegalReference"][];
            /**
             * Recipients
             * @description Nơi nhận
             */
            recipients: string[];
            /** Reporting Deadlines */
            reporting_deadlines: components["schemas"]["ProposedReportingDeadline"][];
            /** Sections */
            sections: components["schemas"]["ProposedSection"][];
            signer: components["schemas"]["ProposedSigner"] | null;
            source: components["schemas"]["SourceInfo"];
            /**
             * Source Lines
             * @description Văn bản đã đọc, từng dòng, đánh số từ 1
             */
            source_lines: string[];
            /**
             * Units
             * @description Đơn vị thực hiện và các câu nhiệm vụ
             */
            units: components["schemas"]["ProposedUnit"][];
            /** Warnings */
            warnings: components["schemas"]["ProposalWarning"][];
        };
        /**
         * ProposalWarning
         * @description Something the coordinator should look at, where it is in the source.
         */
        ProposalWarning: {
            kind: components["schemas"]["WarningKind"];
            /**
             * Line
             * @description Dòng trong source_lines (từ 1); null: cả văn bản
             */
            line: number | null;
            /**
             * Message
             * @description Giải thích bằng tiếng Việt
             */
            message: string;
            /**
             * Text
             * @description Đoạn chữ liên quan, đúng như trong văn bản
             */
            text: string;
        };
        /**
         * ProposedHeader
         * @description The head of the document (thể thức, Nghị định 30/2020/NĐ-CP); each field null when the
         *     text does not give it.
         */
        ProposedHeader: {
            /**
             * Closing
             * @description Đoạn kết (Trên đây là …)
             */
            closing: string;
            /**
             * Document Type
             * @description Loại văn bản như in: KẾ HOẠCH
             */
            document_type: string | null;
            /**
             * Introduction
             * @description Đoạn mở đầu sau các căn cứ
             */
            introduction: string;
            /** Issued On */
            issued_on: string | null;
            /**
             * Issuing Body
             * @description Cơ quan ban hành, ví dụ UBND xã Cao Xá
             */
            issuing_body: string | null;
            /**
             * Issuing Unit Id
             * @description Đơn vị khớp trong cây đơn vị
             */
            issuing_unit_id: number | null;
            /**
             * Lines
             * @description Dòng nguồn của từng trường đã đọc được
             */
            lines?: {
                [key: string]: number;
            };
            /**
             * Number
             * @description Số của văn bản; null với bản chưa có số
             */
            number: number | null;
            /**
             * Place
             * @description Địa danh, ví dụ Cao Xá
             */
            place: string | null;
            /**
             * Symbol
             * @description Ký hiệu, ví dụ KH-UBND
             */
            symbol: string | null;
            /**
             * Title
             * @description Tên kế hoạch, ví dụ Kế hoạch hoạt động … năm 2023
             */
            title: string | null;
            /** Year */
            year: number | null;
        };
        /**
         * ProposedLegalReference
         * @description A document the plan rests on (`Căn cứ …`) or that its text cites.
         */
        ProposedLegalReference: {
            /**
             * Citation
             * @description Đoạn trích dẫn như trong văn bản
             */
            citation: string;
            /**
             * Cited
             * @description false: căn cứ ở đầu văn bản; true: được dẫn trong nội dung
             */
            cited: boolean;
            /** Issued On */
            issued_on: string | null;
            /** Issuer */
            issuer: string;
            kind: components["schemas"]["LegalReferenceKind"];
            /** Line */
            line: number;
            /**
             * Number
             * @description Ví dụ 72/2015/NĐ-CP, như in
             */
            number: string | null;
            /**
             * Section Path
             * @description Mục có trích dẫn, ví dụ II.1
             */
            section_path: string | null;
            /** Title */
            title: string;
        };
        /** ProposedReportingDeadline */
        ProposedReportingDeadline: {
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            kind: components["schemas"]["ReportingKind"];
            /** Label */
            label: string;
            /** Line */
            line: number;
        };
        /**
         * ProposedSchedule
         * @description When a task is due, in the task API's words.
         */
        ProposedSchedule: {
            /**
             * Due On
             * @description Với once
             */
            due_on?: string | null;
            /** @description Với recurring */
            frequency?: components["schemas"]["Frequency"] | null;
            /**
             * Phrase
             * @description Cụm từ về thời hạn như trong văn bản; null: không ghi
             */
            phrase?: string | null;
            schedule: components["schemas"]["Schedule"];
        };
        /**
         * ProposedSection
         * @description A numbered part of the plan (I., 1., 4.1., a) …) with its text.
         */
        ProposedSection: {
            /**
             * Body
             * @description Các đoạn, cách nhau bởi xuống dòng; gạch đầu dòng giữ '- '
             */
            body: string;
            /** Children */
            children?: components["schemas"]["ProposedSection"][];
            /**
             * Code
             * @description Như in, không có dấu chấm: I, 1, 4.1, a
             */
            code: string;
            /** Line */
            line: number;
            /**
             * Path
             * @description Mã đầy đủ: II.4.1
             */
            path: string;
            role: components["schemas"]["SectionRole"] | null;
            /** Title */
            title: string;
        };
        /** ProposedSigner */
        ProposedSigner: {
            authority: components["schemas"]["SignerAuthority"] | null;
            /** Body */
            body: string | null;
            /** Full Name */
            full_name: string | null;
            /** Line */
            line: number;
            /** Position */
            position: string | null;
        };
        /** ProposedTask */
        ProposedTask: {
            /** Cooperating Units */
            cooperating_units?: components["schemas"]["UnitMatch"][];
            /**
             * Description
             * @description Câu nhiệm vụ như trong văn bản
             */
            description: string;
            /** Line */
            line: number;
            schedule: components["schemas"]["ProposedSchedule"];
            /**
             * Section Path
             * @description Mục chứa câu, ví dụ III.1
             */
            section_path: string;
        };
        /**
         * ProposedUnit
         * @description A responsible unit of the plan (Tổ chức thực hiện, or the lead column of a task table)
         *     with its task sentences.
         */
        ProposedUnit: {
            /**
             * Group Unit Ids
             * @description Với một nhóm (các khu dân cư …): từng đơn vị của nhóm
             */
            group_unit_ids?: number[];
            /** Line */
            line: number;
            /**
             * Name
             * @description Tên như trong văn bản
             */
            name: string;
            /** Section Path */
            section_path: string | null;
            /** Tasks */
            tasks?: components["schemas"]["ProposedTask"][];
            /**
             * Unit Id
             * @description Đơn vị khớp; null: không khớp hoặc là một nhóm
             */
            unit_id: number | null;
            /** Unit Name */
            unit_name: string | null;
        };
        /** RefreshRequest */
        RefreshRequest: {
            /** Refresh Token */
            refresh_token?: string | null;
        };
        /**
         * ReportDue
         * @description A period of the plan whose commune report the superior has not yet accepted.
         */
        ReportDue: {
            /** Commune Report Id */
            commune_report_id: number | null;
            /** @description null: chưa tổng hợp (hoặc bạn không xem được báo cáo của xã) */
            commune_report_status: components["schemas"]["CommuneReportStatus"] | null;
            /**
             * Due On
             * Format: date
             * @description Hạn gửi báo cáo lên cấp trên
             */
            due_on: string;
            /**
             * Internal Due On
             * Format: date
             * @description Hạn các đơn vị nộp phần của mình
             */
            internal_due_on: string;
            kind: components["schemas"]["PeriodKind"];
            /** Label */
            label: string;
            /**
             * Late
             * @description Đã quá hạn mà báo cáo của xã chưa gửi
             */
            late: boolean;
            /**
             * Parts
             * @description Số phần báo cáo của các đơn vị theo trạng thái (draft, submitted, accepted, returned), và missing: đơn vị phải báo cáo mà chưa có phần
             */
            parts: {
                [key: string]: number;
            };
            /** Period Id */
            period_id: number;
        };
        /** ReportingDeadlineIn */
        ReportingDeadlineIn: {
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            kind: components["schemas"]["ReportingKind"];
            /** Label */
            label: string;
        };
        /** ReportingDeadlineRead */
        ReportingDeadlineRead: {
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /** Id */
            id: number;
            kind: components["schemas"]["ReportingKind"];
            /** Label */
            label: string;
        };
        /**
         * ReportingKind
         * @enum {string}
         */
        ReportingKind: "quarterly" | "semiannual" | "yearly" | "other";
        /** ReportingPeriodCreate */
        ReportingPeriodCreate: {
            /**
             * Due On
             * Format: date
             * @description Hạn gửi báo cáo lên cấp trên
             */
            due_on: string;
            /**
             * Ends On
             * Format: date
             * @description Ngày chốt số liệu
             */
            ends_on: string;
            /**
             * Internal Due On
             * @description Hạn các đơn vị nộp phần của mình; mặc định: trước hạn cấp trên TTDN_REPORT_UNIT_LEAD_DAYS ngày
             */
            internal_due_on?: string | null;
            kind: components["schemas"]["PeriodKind"];
            /** Label */
            label: string;
            /** Plan Id */
            plan_id: number;
            /**
             * Reporting Unit Id
             * @description Chỉ đơn vị này báo cáo (ví dụ Công an, hằng quý)
             */
            reporting_unit_id?: number | null;
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
        };
        /** ReportingPeriodRead */
        ReportingPeriodRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Deadline Id
             * @description Hạn báo cáo của kế hoạch mà kỳ được lập từ đó
             */
            deadline_id: number | null;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
            /** Id */
            id: number;
            /**
             * Internal Due On
             * Format: date
             */
            internal_due_on: string;
            kind: components["schemas"]["PeriodKind"];
            /** Label */
            label: string;
            /** Plan Id */
            plan_id: number;
            /** Reporting Unit Id */
            reporting_unit_id: number | null;
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** ReportingPeriodUpdate */
        ReportingPeriodUpdate: {
            /** Due On */
            due_on?: string | null;
            /** Ends On */
            ends_on?: string | null;
            /** Internal Due On */
            internal_due_on?: string | null;
            /** Label */
            label?: string | null;
            /** Starts On */
            starts_on?: string | null;
        };
        /**
         * ReviewedDraft
         * @description The proposal as the coordinator corrected it. The plan's `legal_basis_ids` and
         *     `cited_reference_ids` are given here as `legal_bases` and `cited_references`.
         */
        ReviewedDraft: {
            /** Cited References */
            cited_references?: components["schemas"]["ReviewedReference"][];
            /** Legal Bases */
            legal_bases?: components["schemas"]["ReviewedReference"][];
            plan: components["schemas"]["PlanCreate"];
            /** Sections */
            sections?: components["schemas"]["ReviewedSection"][];
            /** Tasks */
            tasks?: components["schemas"]["ReviewedTask"][];
        };
        /**
         * ReviewedReference
         * @description A căn cứ or a cited document: one already entered, or one to add (the one entered is
         *     taken instead when it is the same document: kind, number and issuer).
         */
        ReviewedReference: {
            /** @description Hoặc văn bản cần thêm */
            new?: components["schemas"]["LegalReferenceCreate"] | null;
            /**
             * Reference Id
             * @description Văn bản đã có
             */
            reference_id?: number | null;
        };
        /** ReviewedSection */
        ReviewedSection: {
            /**
             * Body
             * @default
             */
            body: string;
            /** Children */
            children?: components["schemas"]["ReviewedSection"][];
            /**
             * Code
             * @description Như in: I, 1, 4.1
             */
            code: string;
            role?: components["schemas"]["SectionRole"] | null;
            /** Title */
            title: string;
        };
        /** ReviewedTask */
        ReviewedTask: {
            /** Cooperating Unit Ids */
            cooperating_unit_ids?: number[];
            /**
             * Description
             * @default
             */
            description: string;
            /** Due On */
            due_on?: string | null;
            frequency?: components["schemas"]["Frequency"] | null;
            /**
             * Group Label
             * @description Tên nhóm đơn vị khi giao cho nhiều đơn vị chủ trì
             */
            group_label?: string | null;
            /** Lead Unit Ids */
            lead_unit_ids: number[];
            /** @default normal */
            priority: components["schemas"]["Priority"];
            schedule: components["schemas"]["Schedule"];
            /**
             * Section Path
             * @description Mục chứa nhiệm vụ: các mã nối bằng dấu chấm từ mục gốc, ví dụ III.1
             */
            section_path?: string | null;
            /** Title */
            title: string;
            /** Topics */
            topics?: string[];
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "admin" | "leader" | "coordinator" | "member" | "area_leader" | "superior";
        /**
         * Schedule
         * @enum {string}
         */
        Schedule: "once" | "recurring" | "continuous";
        /**
         * Scope
         * @enum {string}
         */
        Scope: "commune" | "district_province" | "national";
        /** SectionCreate */
        SectionCreate: {
            /**
             * Body
             * @default
             */
            body: string;
            /**
             * Code
             * @description Như in: I, 1, 4.1
             */
            code: string;
            /**
             * Parent Id
             * @description Mục cha; bỏ trống: mục gốc
             */
            parent_id?: number | null;
            /**
             * Position
             * @description Mặc định: cuối cùng
             */
            position?: number | null;
            role?: components["schemas"]["SectionRole"] | null;
            /** Title */
            title: string;
        };
        /** SectionNode */
        SectionNode: {
            /** Body */
            body: string;
            /** Children */
            children?: components["schemas"]["SectionNode"][];
            /** Code */
            code: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Parent Id */
            parent_id: number | null;
            /** Plan Id */
            plan_id: number;
            /** Position */
            position: number;
            role: components["schemas"]["SectionRole"] | null;
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** SectionRead */
        SectionRead: {
            /** Body */
            body: string;
            /** Code */
            code: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Parent Id */
            parent_id: number | null;
            /** Plan Id */
            plan_id: number;
            /** Position */
            position: number;
            role: components["schemas"]["SectionRole"] | null;
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /**
         * SectionRole
         * @description Sections the system reads meaning from; all others are plain text.
         * @enum {string}
         */
        SectionRole: "purposes" | "requirements" | "implementation";
        /** SectionUpdate */
        SectionUpdate: {
            /** Body */
            body?: string | null;
            /** Code */
            code?: string | null;
            /**
             * Parent Id
             * @description null: chuyển lên mục gốc
             */
            parent_id?: number | null;
            /** Position */
            position?: number | null;
            role?: components["schemas"]["SectionRole"] | null;
            /** Title */
            title?: string | null;
        };
        /**
         * Severity
         * @enum {string}
         */
        Severity: "low" | "medium" | "high" | "critical";
        /**
         * Signer
         * @description The signature block: `TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH` / `Quách Văn Chí`.
         */
        Signer: {
            authority: components["schemas"]["SignerAuthority"];
            /** Body */
            body: string;
            /** Full Name */
            full_name: string;
            /** Position */
            position: string;
        };
        /**
         * SignerAuthority
         * @description How the signer signs: on behalf of the collective body, as deputy, acting, and so on.
         * @enum {string}
         */
        SignerAuthority: "TM." | "KT." | "Q." | "TL." | "TUQ.";
        /** SignerRead */
        SignerRead: {
            authority: components["schemas"]["SignerAuthority"];
            /** Body */
            body: string;
            /** Full Name */
            full_name: string;
            /** Position */
            position: string;
        };
        /** SourceInfo */
        SourceInfo: {
            /** Filename */
            filename: string;
            /** Line Count */
            line_count: number;
            /**
             * Media Type
             * @description text/plain, DOCX hoặc application/pdf
             */
            media_type: string;
        };
        /** SuperiorDashboard */
        SuperiorDashboard: {
            /** Communes */
            communes: components["schemas"]["CommuneRow"][];
            kind: components["schemas"]["PeriodKind"];
            /**
             * Kinds
             * @description Các loại kỳ báo cáo, để chọn
             */
            kinds: components["schemas"]["PeriodKind"][];
            totals: components["schemas"]["SuperiorTotals"];
            /** Year */
            year: number;
            /**
             * Years
             * @description Các năm có kỳ báo cáo, để chọn
             */
            years: number[];
        };
        /**
         * SuperiorReportStatus
         * @description A commune report as the superior sees it: what was sent to it, or nothing yet.
         * @enum {string}
         */
        SuperiorReportStatus: "sent" | "accepted" | "returned" | "not_sent";
        /** SuperiorTotals */
        SuperiorTotals: {
            /** Accepted */
            accepted: number;
            /** Communes */
            communes: number;
            /** Incidents Escalated Open */
            incidents_escalated_open: number;
            /** Late */
            late: number;
            /** Not Sent */
            not_sent: number;
            /** Returned */
            returned: number;
            /** Sent */
            sent: number;
            /** Tasks Done */
            tasks_done: number;
            /** Tasks Overdue */
            tasks_overdue: number;
            /** Tasks Total */
            tasks_total: number;
        };
        /** TaskCreate */
        TaskCreate: {
            /** Cooperating Unit Ids */
            cooperating_unit_ids?: number[];
            /**
             * Description
             * @default
             */
            description: string;
            /** Due On */
            due_on?: string | null;
            frequency?: components["schemas"]["Frequency"] | null;
            /**
             * Group Label
             * @description Tên nhóm đơn vị khi giao cho nhiều đơn vị chủ trì
             */
            group_label?: string | null;
            /** Lead Unit Ids */
            lead_unit_ids: number[];
            /** Plan Id */
            plan_id: number;
            /** @default normal */
            priority: components["schemas"]["Priority"];
            schedule: components["schemas"]["Schedule"];
            /** Section Id */
            section_id?: number | null;
            /** Title */
            title: string;
            /** Topics */
            topics?: string[];
        };
        /** TaskListItem */
        TaskListItem: {
            /** Assignees */
            assignees: components["schemas"]["AssigneeRead"][];
            /**
             * Commune Id
             * @description Xã (đơn vị ban hành kế hoạch) của nhiệm vụ
             */
            commune_id: number;
            /** Commune Name */
            commune_name: string;
            /** Due On */
            due_on: string | null;
            frequency: components["schemas"]["Frequency"] | null;
            /** Group Label */
            group_label: string | null;
            /** Id */
            id: number;
            /** Next Due On */
            next_due_on: string | null;
            /** Plan Id */
            plan_id: number;
            priority: components["schemas"]["Priority"];
            schedule: components["schemas"]["Schedule"];
            /** Section Id */
            section_id: number | null;
            state: components["schemas"]["TaskState"];
            status: components["schemas"]["TaskStatus"];
            /** Title */
            title: string;
            /** Topics */
            topics: string[];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /**
         * TaskNoticeRead
         * @description A task newly given to one of the caller's units, not yet opened.
         */
        TaskNoticeRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Plan Id */
            plan_id: number;
            /** Plan Title */
            plan_title: string;
            /** Task Id */
            task_id: number;
            /** Task Title */
            task_title: string;
            /** Unit Id */
            unit_id: number;
            /** Unit Name */
            unit_name: string;
        };
        /**
         * TaskPatch
         * @description Changes to a task. Its schedule and lead units change only while nothing is reported.
         */
        TaskPatch: {
            /** Cooperating Unit Ids */
            cooperating_unit_ids?: number[] | null;
            /** Description */
            description?: string | null;
            /** Due On */
            due_on?: string | null;
            frequency?: components["schemas"]["Frequency"] | null;
            /** Group Label */
            group_label?: string | null;
            /** Lead Unit Ids */
            lead_unit_ids?: number[] | null;
            priority?: components["schemas"]["Priority"] | null;
            schedule?: components["schemas"]["Schedule"] | null;
            /** Section Id */
            section_id?: number | null;
            state?: components["schemas"]["TaskState"] | null;
            /** Title */
            title?: string | null;
            /** Topics */
            topics?: string[] | null;
        };
        /** TaskRead */
        TaskRead: {
            /** Assignees */
            assignees: components["schemas"]["AssigneeRead"][];
            /**
             * Commune Id
             * @description Xã (đơn vị ban hành kế hoạch) của nhiệm vụ
             */
            commune_id: number;
            /** Commune Name */
            commune_name: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deleted At */
            deleted_at: string | null;
            /** Description */
            description: string;
            /** Due On */
            due_on: string | null;
            frequency: components["schemas"]["Frequency"] | null;
            /** Group Label */
            group_label: string | null;
            /** Id */
            id: number;
            /** Next Due On */
            next_due_on: string | null;
            /** Occurrences */
            occurrences: components["schemas"]["OccurrenceRead"][];
            /** Plan Id */
            plan_id: number;
            priority: components["schemas"]["Priority"];
            schedule: components["schemas"]["Schedule"];
            /** Section Id */
            section_id: number | null;
            state: components["schemas"]["TaskState"];
            status: components["schemas"]["TaskStatus"];
            /** Title */
            title: string;
            /** Topics */
            topics: string[];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /**
         * TaskState
         * @description What a coordinator sets by hand. Everything else about progress is derived.
         * @enum {string}
         */
        TaskState: "active" | "paused" | "cancelled";
        /**
         * TaskStatus
         * @description Derived, never stored: from the state, the dates, the progress and today's date.
         * @enum {string}
         */
        TaskStatus: "not_started" | "in_progress" | "awaiting_confirmation" | "done_on_time" | "done_late" | "overdue" | "paused" | "cancelled";
        /**
         * TaskUpdateCreate
         * @description A progress report. Only the lead unit (or a coordinator for it) may claim completion.
         */
        TaskUpdateCreate: {
            /**
             * Claims Completion
             * @default false
             */
            claims_completion: boolean;
            /**
             * Completed On
             * @description Ngày hoàn thành, nếu báo xong
             */
            completed_on?: string | null;
            /** Figures */
            figures?: components["schemas"]["Figure"][];
            /** Occurrence Id */
            occurrence_id?: number | null;
            /** Percent */
            percent?: number | null;
            /** Text */
            text: string;
            /**
             * Unit Id
             * @description Đơn vị báo cáo
             */
            unit_id?: number | null;
        };
        /** TaskUpdateRead */
        TaskUpdateRead: {
            /** Author Name */
            author_name: string;
            /** Author User Id */
            author_user_id: number | null;
            /** Claims Completion */
            claims_completion: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Figures */
            figures: {
                [key: string]: number;
            };
            /** Id */
            id: number;
            /** Occurrence Id */
            occurrence_id: number | null;
            /** Percent */
            percent: number | null;
            /**
             * Returns Claim
             * @description Ghi chú trả lại báo cáo hoàn thành của điều phối
             */
            returns_claim: boolean;
            /** Task Id */
            task_id: number;
            /** Text */
            text: string;
            /** Unit Id */
            unit_id: number;
        };
        /** TokenPair */
        TokenPair: {
            /** Access Token */
            access_token: string;
            /** Expires In */
            expires_in: number;
            /** Refresh Token */
            refresh_token: string;
            /**
             * Token Type
             * @default bearer
             * @constant
             */
            token_type: "bearer";
        };
        /** Transition */
        Transition: {
            /**
             * Reason
             * @description Lý do (ghi vào diễn biến vụ việc)
             */
            reason: string;
            to: components["schemas"]["IncidentStatus"];
        };
        /** UnitCreate */
        UnitCreate: {
            /** Code */
            code: string;
            /** Functions */
            functions?: components["schemas"]["UnitFunction"][];
            kind: components["schemas"]["UnitKind"];
            /** Name */
            name: string;
            /**
             * Parent Id
             * @description Đơn vị cấp trên
             */
            parent_id: number;
            /** Short Name */
            short_name?: string | null;
            /** Valid From */
            valid_from?: string | null;
            /** Valid To */
            valid_to?: string | null;
        };
        /**
         * UnitFunction
         * @enum {string}
         */
        UnitFunction: "coordination" | "press" | "security" | "budget";
        /**
         * UnitKind
         * @enum {string}
         */
        UnitKind: "province" | "district" | "commune" | "office" | "officer_post" | "radio" | "police" | "mass_organisation" | "residential_area" | "enterprise" | "external";
        /**
         * UnitMatch
         * @description A unit named in the text and what it was matched to in the unit tree.
         */
        UnitMatch: {
            /**
             * Group Unit Ids
             * @description Với một nhóm (các khu dân cư …): từng đơn vị của nhóm
             */
            group_unit_ids?: number[];
            /**
             * Name
             * @description Tên như trong văn bản
             */
            name: string;
            /**
             * Unit Id
             * @description Đơn vị khớp; null: không khớp hoặc là một nhóm
             */
            unit_id: number | null;
            /** Unit Name */
            unit_name: string | null;
        };
        /** UnitNode */
        UnitNode: {
            /** Children */
            children?: components["schemas"]["UnitNode"][];
            /** Code */
            code: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deleted At */
            deleted_at: string | null;
            /** Functions */
            functions: components["schemas"]["UnitFunction"][];
            /** Id */
            id: number;
            kind: components["schemas"]["UnitKind"];
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: number | null;
            /** Path */
            path: string;
            /** Short Name */
            short_name: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Valid From */
            valid_from: string | null;
            /** Valid To */
            valid_to: string | null;
            /** Version */
            version: number;
        };
        /** UnitRead */
        UnitRead: {
            /** Code */
            code: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deleted At */
            deleted_at: string | null;
            /** Functions */
            functions: components["schemas"]["UnitFunction"][];
            /** Id */
            id: number;
            kind: components["schemas"]["UnitKind"];
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: number | null;
            /** Path */
            path: string;
            /** Short Name */
            short_name: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Valid From */
            valid_from: string | null;
            /** Valid To */
            valid_to: string | null;
            /** Version */
            version: number;
        };
        /** UnitRef */
        UnitRef: {
            /** Id */
            id: number;
            /** Name */
            name: string;
        };
        /** UnitReportAccept */
        UnitReportAccept: {
            /**
             * Comment
             * @default
             */
            comment: string;
        };
        /** UnitReportDetail */
        UnitReportDetail: {
            counted: components["schemas"]["CountedFigures"];
            /** Difficulties */
            difficulties: string;
            entered: components["schemas"]["EnteredFigures"];
            /** First Submitted On */
            first_submitted_on: string | null;
            /** History */
            history: components["schemas"]["UnitReportEventRead"][];
            /** Id */
            id: number;
            /**
             * Internal Due On
             * Format: date
             */
            internal_due_on: string;
            /**
             * May Fill
             * @description Bạn điền và nộp được phần này (của đơn vị bạn, đang nháp hoặc bị trả lại)
             */
            may_fill: boolean;
            /**
             * May Review
             * @description Bạn tiếp nhận hoặc trả lại được phần này (đã nộp)
             */
            may_review: boolean;
            /** Narratives */
            narratives: components["schemas"]["NarrativeRead"][];
            /**
             * On Time
             * @description Nộp lần đầu không muộn hơn hạn nộp của đơn vị; null khi chưa nộp
             */
            on_time: boolean | null;
            /** Period Id */
            period_id: number;
            /** Period Label */
            period_label: string;
            /** Plan Id */
            plan_id: number;
            /** Proposals */
            proposals: string;
            status: components["schemas"]["UnitReportStatus"];
            /** Submitted At */
            submitted_at: string | null;
            /** Unit Id */
            unit_id: number;
            /** Unit Name */
            unit_name: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** UnitReportEventRead */
        UnitReportEventRead: {
            /** Actor Name */
            actor_name: string;
            /** Actor User Id */
            actor_user_id: number | null;
            /** Comment */
            comment: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            from_status: components["schemas"]["UnitReportStatus"];
            to_status: components["schemas"]["UnitReportStatus"];
        };
        /** UnitReportRead */
        UnitReportRead: {
            counted: components["schemas"]["CountedFigures"];
            entered: components["schemas"]["EnteredFigures"];
            /** First Submitted On */
            first_submitted_on: string | null;
            /** Id */
            id: number;
            /**
             * Internal Due On
             * Format: date
             */
            internal_due_on: string;
            /**
             * May Fill
             * @description Bạn điền và nộp được phần này (của đơn vị bạn, đang nháp hoặc bị trả lại)
             */
            may_fill: boolean;
            /**
             * May Review
             * @description Bạn tiếp nhận hoặc trả lại được phần này (đã nộp)
             */
            may_review: boolean;
            /**
             * On Time
             * @description Nộp lần đầu không muộn hơn hạn nộp của đơn vị; null khi chưa nộp
             */
            on_time: boolean | null;
            /** Period Id */
            period_id: number;
            /** Period Label */
            period_label: string;
            /** Plan Id */
            plan_id: number;
            status: components["schemas"]["UnitReportStatus"];
            /** Submitted At */
            submitted_at: string | null;
            /** Unit Id */
            unit_id: number;
            /** Unit Name */
            unit_name: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** UnitReportReturn */
        UnitReportReturn: {
            /**
             * Comment
             * @description Lý do trả lại, điều cần sửa
             */
            comment: string;
        };
        /**
         * UnitReportStatus
         * @enum {string}
         */
        UnitReportStatus: "draft" | "submitted" | "accepted" | "returned";
        /** UnitReportUpdate */
        UnitReportUpdate: {
            /** Budget Spent */
            budget_spent?: number | null;
            /** Difficulties */
            difficulties?: string | null;
            /** Events Held */
            events_held?: number | null;
            /** Narratives */
            narratives?: components["schemas"]["NarrativeIn"][] | null;
            /** News Items Aired */
            news_items_aired?: number | null;
            /** People Trained */
            people_trained?: number | null;
            /** Proposals */
            proposals?: string | null;
            /** Website Posts */
            website_posts?: number | null;
        };
        /** UnitStatusCounts */
        UnitStatusCounts: {
            /** Counts */
            counts: {
                [key: string]: number;
            };
            /** Total */
            total: number;
            /** Unit Id */
            unit_id: number;
            /** Unit Name */
            unit_name: string;
        };
        /** UnitTaskStatuses */
        UnitTaskStatuses: {
            /** Counts */
            counts: {
                [key: string]: number;
            };
            /** Total */
            total: number;
            /** Unit Id */
            unit_id: number;
            /** Unit Name */
            unit_name: string;
        };
        /**
         * UnitTimeliness
         * @description How punctual a unit is on a plan (`reports/timeliness.py`).
         */
        UnitTimeliness: {
            /**
             * Parts Judged
             * @description Báo cáo đã nộp hoặc đã quá hạn nộp
             * @default 0
             */
            parts_judged: number;
            /**
             * Parts On Time
             * @default 0
             */
            parts_on_time: number;
            /**
             * Score
             * @description Tỷ lệ đúng hạn (0–1)
             */
            score?: number | null;
            /**
             * Tasks Judged
             * @description Kỳ thực hiện đã đến hạn hoặc đã xong
             * @default 0
             */
            tasks_judged: number;
            /**
             * Tasks On Time
             * @default 0
             */
            tasks_on_time: number;
            /** Unit Id */
            unit_id: number;
            /** Unit Name */
            unit_name: string;
        };
        /** UnitUpdate */
        UnitUpdate: {
            /** Code */
            code?: string | null;
            /** Functions */
            functions?: components["schemas"]["UnitFunction"][] | null;
            kind?: components["schemas"]["UnitKind"] | null;
            /** Name */
            name?: string | null;
            /** Parent Id */
            parent_id?: number | null;
            /** Short Name */
            short_name?: string | null;
            /** Valid From */
            valid_from?: string | null;
            /** Valid To */
            valid_to?: string | null;
        };
        /** UnreadCount */
        UnreadCount: {
            /** Unread */
            unread: number;
        };
        /** UserCreate */
        UserCreate: {
            /** Email */
            email?: string | null;
            /** Full Name */
            full_name: string;
            /** Memberships */
            memberships: components["schemas"]["MembershipIn"][];
            /** Password */
            password: string;
            /** Phone */
            phone?: string | null;
            /**
             * Username
             * @description Chữ thường không dấu, số, dấu chấm, gạch
             */
            username: string;
        };
        /** UserRead */
        UserRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deleted At */
            deleted_at: string | null;
            /** Email */
            email: string | null;
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Last Login At */
            last_login_at: string | null;
            /** Memberships */
            memberships: components["schemas"]["MembershipRead"][];
            /** Phone */
            phone: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Username */
            username: string;
            /** Version */
            version: number;
        };
        /** UserUpdate */
        UserUpdate: {
            /** Email */
            email?: string | null;
            /** Full Name */
            full_name?: string | null;
            /** Is Active */
            is_active?: boolean | null;
            /** Memberships */
            memberships?: components["schemas"]["MembershipIn"][] | null;
            /** Password */
            password?: string | null;
            /** Phone */
            phone?: string | null;
        };
        /**
         * Verdict
         * @description What the information was found to be, apart from how far its processing got.
         * @enum {string}
         */
        Verdict: "false" | "misleading" | "partly_false" | "unverified" | "true";
        /**
         * WarningKind
         * @enum {string}
         */
        WarningKind: "no_structure" | "missing_field" | "misprint" | "skipped_number" | "repeated_number" | "heading_over_lines" | "unmatched_unit" | "ambiguous_unit" | "unreadable_date";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_audit_events_api_v1_audit_get: {
        parameters: {
            query?: {
                action?: string | null;
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                /** @description Số dòng mỗi trang */
                limit?: number;
                object_id?: string | null;
                object_type?: string | null;
                offset?: number;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AuditEventRead_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    log_in_api_v1_auth_login_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_log_in_api_v1_auth_login_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    log_out_api_v1_auth_logout_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                ttdn_refresh?: string | null;
            };
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    refresh_api_v1_auth_refresh_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                ttdn_refresh?: string | null;
            };
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    calendar_feed_api_v1_calendar__token__ics_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": unknown;
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_commune_reports_api_v1_commune_reports_get: {
        parameters: {
            query?: {
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                /** @description Số dòng mỗi trang */
                limit?: number;
                offset?: number;
                period_id?: number | null;
                plan_id?: number | null;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                status?: components["schemas"]["CommuneReportStatus"] | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_CommuneReportRead_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_commune_report_api_v1_commune_reports__report_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneReportDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_commune_report_api_v1_commune_reports__report_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommuneReportUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneReportDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    accept_commune_report_api_v1_commune_reports__report_id__accept_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CommuneReportNote"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneReportDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    approve_commune_report_api_v1_commune_reports__report_id__approve_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CommuneReportNote"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneReportDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    commune_report_docx_api_v1_commune_reports__report_id__document_docx_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp DOCX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": unknown;
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    commune_report_pdf_api_v1_commune_reports__report_id__document_pdf_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Máy chủ chưa cài LibreOffice */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    commune_report_figures_api_v1_commune_reports__report_id__figures_xlsx_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    return_commune_report_api_v1_commune_reports__report_id__return_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommuneReportReturn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneReportDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    send_commune_report_api_v1_commune_reports__report_id__send_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneReportDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    commune_api_v1_dashboards_commune_get: {
        parameters: {
            query?: {
                /** @description Mặc định: kế hoạch đang thực hiện */
                plan_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneDashboard"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    superior_api_v1_dashboards_superior_get: {
        parameters: {
            query?: {
                /** @description Loại kỳ báo cáo */
                kind?: components["schemas"]["PeriodKind"] | null;
                /** @description Năm của kế hoạch */
                year?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuperiorDashboard"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    document_formats_api_v1_documents_formats_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentFormats"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    health_api_v1_health_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_incidents_api_v1_incidents_get: {
        parameters: {
            query?: {
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                category?: components["schemas"]["Category"] | null;
                /** @description Chỉ vụ việc đã xóa (cho người được khôi phục) */
                deleted?: boolean;
                /** @description Phát hiện từ ngày */
                detected_from?: string | null;
                /** @description Phát hiện đến ngày */
                detected_to?: string | null;
                /** @description Đã báo cáo cấp trên (hoặc chưa) */
                escalated?: boolean | null;
                /** @description Số dòng mỗi trang */
                limit?: number;
                /** @description Chỉ vụ việc tôi đã báo tin */
                mine?: boolean;
                offset?: number;
                /** @description Đang xử lý: mới, xác minh, xác định, xử lý (hoặc không) */
                open?: boolean | null;
                platform?: components["schemas"]["Platform"] | null;
                /** @description Tìm không dấu */
                q?: string | null;
                severity?: components["schemas"]["Severity"] | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                status?: components["schemas"]["IncidentStatus"] | null;
                /** @description Xã, hoặc đơn vị báo tin */
                unit_id?: number | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
                verdict?: components["schemas"]["Verdict"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_IncidentRead_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    report_incident_api_v1_incidents_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentCreate"];
            };
        };
        responses: {
            /** @description Đường dẫn trùng một vụ việc đang xử lý: báo tin được ghi thêm vào đó */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_incident_api_v1_incidents__incident_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_incident_api_v1_incidents__incident_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    edit_incident_api_v1_incidents__incident_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    acknowledge_incident_api_v1_incidents__incident_id__acknowledge_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Acknowledgement"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_actions_api_v1_incidents__incident_id__actions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionRead"][];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    add_action_api_v1_incidents__incident_id__actions_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    escalate_incident_api_v1_incidents__incident_id__escalate_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Escalation"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_evidence_api_v1_incidents__incident_id__evidence_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceRead"][];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    add_evidence_api_v1_incidents__incident_id__evidence_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_add_evidence_api_v1_incidents__incident_id__evidence_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không phải ảnh, PDF hay video */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    download_evidence_api_v1_incidents__incident_id__evidence__evidence_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evidence_id: number;
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    preview_evidence_api_v1_incidents__incident_id__evidence__evidence_id__preview_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evidence_id: number;
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ảnh xem trước */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": unknown;
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    remove_evidence_api_v1_incidents__incident_id__evidence__evidence_id__remove_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evidence_id: number;
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvidenceRemoval"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_people_api_v1_incidents__incident_id__people_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonRead"][];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    add_person_api_v1_incidents__incident_id__people_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    remove_person_api_v1_incidents__incident_id__people__person_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                incident_id: number;
                person_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    change_person_api_v1_incidents__incident_id__people__person_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                incident_id: number;
                person_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    restore_incident_api_v1_incidents__incident_id__restore_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    move_incident_api_v1_incidents__incident_id__transitions_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                incident_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Transition"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    police_figures_api_v1_incidents_police_figures_get: {
        parameters: {
            query: {
                quarter: number;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoliceFigures"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    summarise_incidents_api_v1_incidents_summary_get: {
        parameters: {
            query?: {
                /** @description Năm phát hiện */
                year?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentSummary"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_legal_references_api_v1_legal_references_get: {
        parameters: {
            query?: {
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                /** @description Còn hiệu lực */
                in_force?: boolean | null;
                kind?: components["schemas"]["LegalReferenceKind"] | null;
                /** @description Số dòng mỗi trang */
                limit?: number;
                offset?: number;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_LegalReferenceRead_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_legal_reference_api_v1_legal_references_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegalReferenceCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalReferenceRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_legal_reference_api_v1_legal_references__reference_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalReferenceRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_legal_reference_api_v1_legal_references__reference_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                reference_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegalReferenceUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalReferenceRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    me_api_v1_me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    calendar_token_status_api_v1_me_calendar_token_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarTokenStatus"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    make_calendar_token_api_v1_me_calendar_token_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarTokenCreated"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    revoke_calendar_token_api_v1_me_calendar_token_delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    change_password_api_v1_me_password_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_contacts_api_v1_media_contacts_get: {
        parameters: {
            query?: {
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                /** @description Lĩnh vực phụ trách */
                beat?: string | null;
                /** @description Chỉ những phóng viên có thể bị trùng (hoặc không) */
                duplicates?: boolean | null;
                /** @description Số dòng mỗi trang */
                limit?: number;
                offset?: number;
                outlet_id?: number | null;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ContactRead_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_contact_api_v1_media_contacts_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_contact_api_v1_media_contacts__contact_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_contact_api_v1_media_contacts__contact_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                contact_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_contact_api_v1_media_contacts__contact_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                contact_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    merge_contact_api_v1_media_contacts__contact_id__merge_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactMerge"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    restore_contact_api_v1_media_contacts__contact_id__restore_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    export_contacts_api_v1_media_contacts_export_get: {
        parameters: {
            query?: {
                /** @description Lĩnh vực phụ trách */
                beat?: string | null;
                /** @description Chỉ những phóng viên có thể bị trùng (hoặc không) */
                duplicates?: boolean | null;
                /** @description xlsx (Excel) hoặc csv (UTF-8 có BOM) */
                format?: components["schemas"]["ExportFormat"];
                outlet_id?: number | null;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Như danh sách */
                sort?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp XLSX, hoặc CSV UTF-8 có BOM */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_interactions_api_v1_media_interactions_get: {
        parameters: {
            query?: {
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                contact_id?: number | null;
                follow_up_status?: components["schemas"]["FollowUpStatus"] | null;
                incident_id?: number | null;
                kind?: components["schemas"]["InteractionKind"] | null;
                /** @description Số dòng mỗi trang */
                limit?: number;
                /** @description Từ ngày */
                occurred_from?: string | null;
                /** @description Đến ngày */
                occurred_to?: string | null;
                offset?: number;
                /** @description Phản ánh chưa trả lời (true) hoặc đã trả lời (false) */
                open?: boolean | null;
                outlet_id?: number | null;
                /** @description Phản ánh chưa trả lời đã quá hạn (hoặc không) */
                overdue?: boolean | null;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                task_id?: number | null;
                /** @description Chủ đề (không dấu) */
                topic?: string | null;
                unit_id?: number | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_InteractionRead_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_interaction_api_v1_media_interactions_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_interaction_api_v1_media_interactions__interaction_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interaction_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_interaction_api_v1_media_interactions__interaction_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                interaction_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_interaction_api_v1_media_interactions__interaction_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                interaction_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    upload_document_api_v1_media_interactions__interaction_id__documents_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interaction_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_upload_document_api_v1_media_interactions__interaction_id__documents_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không phải văn bản hay ảnh (theo nội dung) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    download_document_api_v1_media_interactions__interaction_id__documents__document_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
                interaction_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    remove_document_api_v1_media_interactions__interaction_id__documents__document_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
                interaction_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    take_follow_up_step_api_v1_media_interactions__interaction_id__follow_up_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                interaction_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpStep"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    restore_interaction_api_v1_media_interactions__interaction_id__restore_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interaction_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    export_interactions_api_v1_media_interactions_export_get: {
        parameters: {
            query?: {
                contact_id?: number | null;
                follow_up_status?: components["schemas"]["FollowUpStatus"] | null;
                /** @description xlsx (Excel) hoặc csv (UTF-8 có BOM) */
                format?: components["schemas"]["ExportFormat"];
                incident_id?: number | null;
                kind?: components["schemas"]["InteractionKind"] | null;
                /** @description Từ ngày */
                occurred_from?: string | null;
                /** @description Đến ngày */
                occurred_to?: string | null;
                /** @description Phản ánh chưa trả lời (true) hoặc đã trả lời (false) */
                open?: boolean | null;
                outlet_id?: number | null;
                /** @description Phản ánh chưa trả lời đã quá hạn (hoặc không) */
                overdue?: boolean | null;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Như danh sách */
                sort?: string | null;
                task_id?: number | null;
                /** @description Chủ đề (không dấu) */
                topic?: string | null;
                unit_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp XLSX, hoặc CSV UTF-8 có BOM */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    summarise_interactions_api_v1_media_interactions_summary_get: {
        parameters: {
            query?: {
                /** @description Từ ngày */
                occurred_from?: string | null;
                /** @description Đến ngày */
                occurred_to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionSummary"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_outlets_api_v1_media_outlets_get: {
        parameters: {
            query?: {
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                kind?: components["schemas"]["OutletKind"] | null;
                level?: components["schemas"]["OutletLevel"] | null;
                /** @description Số dòng mỗi trang */
                limit?: number;
                offset?: number;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_OutletRead_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_outlet_api_v1_media_outlets_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutletCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_outlet_api_v1_media_outlets__outlet_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                outlet_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_outlet_api_v1_media_outlets__outlet_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                outlet_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_outlet_api_v1_media_outlets__outlet_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                outlet_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutletUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    restore_outlet_api_v1_media_outlets__outlet_id__restore_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                outlet_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    export_outlets_api_v1_media_outlets_export_get: {
        parameters: {
            query?: {
                /** @description xlsx (Excel) hoặc csv (UTF-8 có BOM) */
                format?: components["schemas"]["ExportFormat"];
                kind?: components["schemas"]["OutletKind"] | null;
                level?: components["schemas"]["OutletLevel"] | null;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Như danh sách */
                sort?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp XLSX, hoặc CSV UTF-8 có BOM */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_notifications_api_v1_notifications_get: {
        parameters: {
            query?: {
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                /** @description Số dòng mỗi trang */
                limit?: number;
                offset?: number;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                /** @description Chỉ thông báo chưa đọc (true) */
                unread?: boolean | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_NotificationRead_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    mark_read_api_v1_notifications__notification_id__read_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notification_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    mark_all_read_api_v1_notifications_read_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    unread_count_api_v1_notifications_unread_count_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_plans_api_v1_plans_get: {
        parameters: {
            query?: {
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                /** @description Chỉ các kế hoạch đã xóa (quản trị) */
                deleted?: boolean;
                /** @description Số dòng mỗi trang */
                limit?: number;
                offset?: number;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                status?: components["schemas"]["PlanStatus"] | null;
                unit_id?: number | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
                year?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PlanRead_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_plan_api_v1_plans_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_plan_api_v1_plans__plan_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_plan_api_v1_plans__plan_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_plan_api_v1_plans__plan_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    close_plan_api_v1_plans__plan_id__close_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    copy_plan_api_v1_plans__plan_id__copy_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanCopy"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    plan_docx_api_v1_plans__plan_id__document_docx_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp DOCX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": unknown;
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    plan_pdf_api_v1_plans__plan_id__document_pdf_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Máy chủ chưa cài LibreOffice */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    issue_plan_api_v1_plans__plan_id__issue_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PlanIssue"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    generate_periods_api_v1_plans__plan_id__reporting_periods_generate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingPeriodRead"][];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    restore_plan_api_v1_plans__plan_id__restore_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    section_tree_api_v1_plans__plan_id__sections_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionNode"][];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_section_api_v1_plans__plan_id__sections_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SectionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_section_api_v1_plans__plan_id__sections__section_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                plan_id: number;
                section_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_section_api_v1_plans__plan_id__sections__section_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                plan_id: number;
                section_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SectionUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    import_plan_api_v1_plans_import_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": components["schemas"]["Body_import_plan_api_v1_plans_import_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không phải văn bản, DOCX hay PDF */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_draft_from_import_api_v1_plans_import_draft_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewedDraft"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_periods_api_v1_reporting_periods_get: {
        parameters: {
            query?: {
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                kind?: components["schemas"]["PeriodKind"] | null;
                /** @description Số dòng mỗi trang */
                limit?: number;
                offset?: number;
                plan_id?: number | null;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
                /** @description Năm của kế hoạch */
                year?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ReportingPeriodRead_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_period_api_v1_reporting_periods_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportingPeriodCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingPeriodRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_period_api_v1_reporting_periods__period_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                period_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingPeriodRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_period_api_v1_reporting_periods__period_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                period_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_period_api_v1_reporting_periods__period_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                period_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportingPeriodUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingPeriodRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    compile_commune_report_api_v1_reporting_periods__period_id__commune_report_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                period_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tổng hợp lại báo cáo đã có */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneReportDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_reports_api_v1_reports_get: {
        parameters: {
            query?: {
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                /** @description Số dòng mỗi trang */
                limit?: number;
                offset?: number;
                period_id?: number | null;
                plan_id?: number | null;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                status?: components["schemas"]["UnitReportStatus"] | null;
                unit_id?: number | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_UnitReportRead_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_report_api_v1_reports__report_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitReportDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_report_api_v1_reports__report_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitReportUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitReportDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    accept_report_api_v1_reports__report_id__accept_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UnitReportAccept"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitReportDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    return_report_api_v1_reports__report_id__return_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitReportReturn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitReportDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    submit_report_api_v1_reports__report_id__submit_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitReportDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    unit_timeliness_api_v1_reports_timeliness_get: {
        parameters: {
            query: {
                plan_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitTimeliness"][];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_tasks_api_v1_tasks_get: {
        parameters: {
            query?: {
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                due_after?: string | null;
                due_before?: string | null;
                /** @description Số dòng mỗi trang */
                limit?: number;
                /** @description Nhiệm vụ của các đơn vị của tôi */
                mine?: boolean;
                offset?: number;
                overdue?: boolean | null;
                plan_id?: number | null;
                priority?: components["schemas"]["Priority"] | null;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Vai trò của unit_id / mine */
                role?: components["schemas"]["AssigneeRole"] | null;
                section_id?: number | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                status?: components["schemas"]["TaskStatus"] | null;
                topic?: string | null;
                /** @description Đơn vị chủ trì hoặc phối hợp */
                unit_id?: number | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TaskListItem_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_task_api_v1_tasks_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_task_api_v1_tasks__task_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_task_api_v1_tasks__task_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_task_api_v1_tasks__task_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    extend_occurrence_api_v1_tasks__task_id__occurrences__occurrence_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                occurrence_id: number;
                task_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OccurrencePatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccurrenceRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    confirm_completion_api_v1_tasks__task_id__occurrences__occurrence_id__confirm_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                occurrence_id: number;
                task_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompletionConfirmation"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccurrenceRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    return_claim_api_v1_tasks__task_id__occurrences__occurrence_id__return_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                occurrence_id: number;
                task_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimReturn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccurrenceRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    mark_task_read_api_v1_tasks__task_id__read_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    restore_task_api_v1_tasks__task_id__restore_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_updates_api_v1_tasks__task_id__updates_get: {
        parameters: {
            query?: {
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                /** @description Số dòng mỗi trang */
                limit?: number;
                offset?: number;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TaskUpdateRead_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    report_progress_api_v1_tasks__task_id__updates_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdateCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskUpdateRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    export_tasks_api_v1_tasks_export_get: {
        parameters: {
            query?: {
                due_after?: string | null;
                due_before?: string | null;
                /** @description xlsx (Excel) hoặc csv (UTF-8 có BOM) */
                format?: components["schemas"]["ExportFormat"];
                /** @description Nhiệm vụ của các đơn vị của tôi */
                mine?: boolean;
                overdue?: boolean | null;
                plan_id?: number | null;
                priority?: components["schemas"]["Priority"] | null;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Vai trò của unit_id / mine */
                role?: components["schemas"]["AssigneeRole"] | null;
                section_id?: number | null;
                /** @description Như danh sách */
                sort?: string | null;
                status?: components["schemas"]["TaskStatus"] | null;
                topic?: string | null;
                /** @description Đơn vị chủ trì hoặc phối hợp */
                unit_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp XLSX, hoặc CSV UTF-8 có BOM */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    task_notices_api_v1_tasks_notices_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskNoticeRead"][];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    mark_all_notices_read_api_v1_tasks_notices_read_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    task_summary_api_v1_tasks_summary_get: {
        parameters: {
            query?: {
                plan_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitStatusCounts"][];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_units_api_v1_units_get: {
        parameters: {
            query?: {
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                /** @description Chỉ các đơn vị đã xóa (quản trị) */
                deleted?: boolean;
                function?: components["schemas"]["UnitFunction"] | null;
                kind?: components["schemas"]["UnitKind"] | null;
                /** @description Số dòng mỗi trang */
                limit?: number;
                offset?: number;
                parent_id?: number | null;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
                /** @description Còn hiệu lực vào ngày */
                valid_on?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_UnitRead_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_unit_api_v1_units_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_unit_api_v1_units__unit_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_unit_api_v1_units__unit_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                unit_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_unit_api_v1_units__unit_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                unit_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    restore_unit_api_v1_units__unit_id__restore_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    unit_tree_api_v1_units_tree_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitNode"][];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_users_api_v1_users_get: {
        parameters: {
            query?: {
                /** @description `next_after` của trang trước, hoặc để trống cho trang đầu (thay offset) */
                after?: string | null;
                /** @description Chỉ người dùng đã xóa (quản trị) */
                deleted?: boolean;
                /** @description Số dòng mỗi trang */
                limit?: number;
                offset?: number;
                /** @description Tìm không dấu */
                q?: string | null;
                /** @description Ví dụ: `name,-updated_at` */
                sort?: string | null;
                unit_id?: number | null;
                /** @description Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z` */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_UserRead_"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_user_api_v1_users_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_user_api_v1_users__user_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_user_api_v1_users__user_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_user_api_v1_users__user_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của lần đọc, ví dụ "3"; thiếu: 428 */
                "If-Match"?: string;
            };
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    restore_user_api_v1_users__user_id__restore_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên không hợp lệ */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Vai trò không được phép */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Không tìm thấy, hoặc nằm ngoài phạm vi được xem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Xung đột với dữ liệu hiện có */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu gửi lên quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Dữ liệu không hợp lệ; `errors` nêu từng trường */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thiếu If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Thử quá nhiều lần; xem Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
